package dev.rosie.planner.llm;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One parameter of an action as it appears in a plan step.
 *
 * @param key the JSON property ({@code room}, {@code duration_seconds})
 * @param component the record component it fills
 * @param enumValues the accepted lower-case names when {@code kind} is {@link ParamKind#ENUM}, else empty
 */
public record ActionParam(String key, RecordComponent component, ParamKind kind, List<String> enumValues) {
    public ActionParam {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(kind, "kind");
        enumValues = List.copyOf(enumValues);
    }

    /** Picks the JSON form of {@code c}, or says which component has none. */
    static ActionParam of(RecordComponent c) {
        Class<?> type = c.getType();
        String name = c.getName();
        if (type == String.class) {
            ParamKind kind = switch (name) {
                case "room" -> ParamKind.ROOM;
                case "object" -> ParamKind.OBJECT;
                case "door" -> ParamKind.DOOR;
                case "location", "target" -> ParamKind.PLACE;
                case "text" -> ParamKind.TEXT;
                default -> throw unmapped(c);
            };
            return new ActionParam(snake(name), c, kind, List.of());
        }
        if (type == java.time.Duration.class) {
            return new ActionParam(snake(name) + "_seconds", c, ParamKind.SECONDS, List.of());
        }
        if (type == dev.rosie.core.action.Target.class) {
            return new ActionParam(snake(name), c, ParamKind.TARGET, List.of());
        }
        if (type.isEnum()) {
            List<String> values = java.util.Arrays.stream(type.getEnumConstants())
                    .map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT)).toList();
            return new ActionParam(snake(name), c, ParamKind.ENUM, values);
        }
        throw unmapped(c);
    }

    private static IllegalStateException unmapped(RecordComponent c) {
        return new IllegalStateException("no JSON form for " + c.getDeclaringRecord().getSimpleName() + "."
                + c.getName() + " (" + c.getType().getSimpleName() + "); teach ActionParam about it");
    }

    /** {@code navigateTo} -> {@code navigate_to}. */
    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
