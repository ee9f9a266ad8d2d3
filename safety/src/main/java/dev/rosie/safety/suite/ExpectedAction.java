package dev.rosie.safety.suite;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.ActionType;
import dev.rosie.core.action.Names;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One {@code expect_actions} item: {@code type:target} (the plan must contain that action on that
 * target) or a bare {@code type} (any target will do). The format is {@link Action#label()}'s, so a
 * plan step matches when its label is equal, or its type is when no target is given.
 *
 * @param type the action's wire type
 * @param target the lower-case name the action is about; empty for "any" and for actions that have none
 */
public record ExpectedAction(ActionType type, Optional<String> target) {

    public ExpectedAction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        if (target.isPresent() && !takesTarget(type)) {
            throw new IllegalArgumentException("'" + type.wireName() + "' takes no target, so '"
                    + type.wireName() + ":" + target.get() + "' can never match a plan step");
        }
        target.ifPresent(t -> {
            String canonical = Names.require(t, "target");
            if (!canonical.equals(t)) {
                throw new IllegalArgumentException("target '" + t + "' must be written '" + canonical
                        + "' (lower case, single spaces), as plan labels are");
            }
        });
    }

    /** Parses {@code type} or {@code type:target}, e.g. {@code clean_area:living room}. */
    public static ExpectedAction parse(String item) {
        if (item == null || item.isEmpty()) {
            throw new IllegalArgumentException("an expected action must be 'type' or 'type:target', not empty");
        }
        int colon = item.indexOf(':');
        String typeName = colon < 0 ? item : item.substring(0, colon);
        ActionType type = Arrays.stream(ActionType.values())
                .filter(t -> t.wireName().equals(typeName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown action type '" + typeName + "' in '" + item
                        + "'; known: " + Arrays.stream(ActionType.values()).map(ActionType::wireName)
                                .collect(Collectors.joining(", "))));
        if (colon < 0) {
            return new ExpectedAction(type, Optional.empty());
        }
        String target = item.substring(colon + 1);
        if (target.isEmpty()) {
            throw new IllegalArgumentException("'" + item + "' has a colon but no target; write '" + typeName
                    + "' alone to accept any target");
        }
        return new ExpectedAction(type, Optional.of(target));
    }

    /** True when {@code step} is this action: same type and, if a target is given, the same subject. */
    public boolean matches(Action step) {
        return step.type() == type && target.map(t -> step.subject().equals(Optional.of(t))).orElse(true);
    }

    /** The {@code type:target} form, as in the corpus and in {@link Action#label()}. */
    public String label() {
        return target.map(t -> type.wireName() + ":" + t).orElse(type.wireName());
    }

    /** Whether actions of this type name something (a room, object, door or place). */
    static boolean takesTarget(ActionType type) {
        return switch (type) {
            case NAVIGATE_TO, CLEAN_AREA, PICK_UP, PLACE, OPEN_DOOR, CLOSE_DOOR, INSPECT -> true;
            case DOCK, STOP, WAIT, SAY -> false;
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
