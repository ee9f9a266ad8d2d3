package dev.rosie.planner.llm;

import dev.rosie.core.action.Action;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The action vocabulary read by reflection from a sealed interface's permitted records. Built from
 * {@link Action} in production; tests build it from their own sealed hierarchies to prove a new
 * action type would be picked up without touching this module.
 */
public final class ActionCatalog {
    private final Map<String, ActionShape> shapes;

    private ActionCatalog(Map<String, ActionShape> shapes) {
        this.shapes = shapes;
    }

    /** The catalog of core's {@link Action} records. */
    public static ActionCatalog actions() {
        return of(Action.class);
    }

    /** Reads every permitted record of {@code sealedRoot}, in declaration order. */
    public static ActionCatalog of(Class<?> sealedRoot) {
        if (!sealedRoot.isSealed()) {
            throw new IllegalArgumentException(sealedRoot.getName() + " is not a sealed interface");
        }
        Map<String, ActionShape> shapes = new LinkedHashMap<>();
        for (Class<?> sub : sealedRoot.getPermittedSubclasses()) {
            if (!sub.isRecord()) {
                throw new IllegalStateException(sub.getName() + " is not a record; plan steps are built from record components");
            }
            RecordComponent[] components = sub.getRecordComponents();
            List<ActionParam> params = new ArrayList<>();
            for (RecordComponent c : components) {
                params.add(ActionParam.of(c));
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> ctor;
            try {
                ctor = sub.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record " + sub.getName() + " has no canonical constructor", e);
            }
            String wire = ActionParam.snake(sub.getSimpleName());
            shapes.put(wire, new ActionShape(wire, sub, params, ctor));
        }
        return new ActionCatalog(java.util.Collections.unmodifiableMap(shapes));
    }

    public List<ActionShape> shapes() {
        return List.copyOf(shapes.values());
    }

    public List<String> wireNames() {
        return List.copyOf(shapes.keySet());
    }

    public Optional<ActionShape> shape(String wireName) {
        return Optional.ofNullable(shapes.get(wireName));
    }
}
