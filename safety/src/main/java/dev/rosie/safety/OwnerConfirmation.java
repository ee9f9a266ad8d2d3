package dev.rosie.safety;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.ActionType;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.WorldObject;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Steps the owner must confirm before they run, and how long a confirmation request stays open.
 *
 * @param expiresAfter a request not confirmed within this long lapses; the plan must be asked for again
 * @param neededFor the kinds of step that need the owner's confirmation
 */
public record OwnerConfirmation(Duration expiresAfter, List<Need> neededFor) {
    /** Nothing needs confirming; for policies built in code. */
    public static final OwnerConfirmation NONE = new OwnerConfirmation(Duration.ofMinutes(5), List.of());

    public OwnerConfirmation {
        Objects.requireNonNull(expiresAfter, "expiresAfter");
        if (expiresAfter.isNegative() || expiresAfter.isZero() || expiresAfter.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("owner_confirmation.expires_after_minutes: must be above 0 and at most 1440");
        }
        neededFor = List.copyOf(neededFor);
    }

    /** The first need {@code step} meets, if any. */
    Optional<Need> needFor(Action step, Trust requester, LocalTime at, HomeMap map) {
        return neededFor.stream().filter(n -> n.matches(step, requester, at, map)).findFirst();
    }

    /**
     * One kind of step that needs the owner's confirmation. Every condition given must hold; those
     * left empty hold always.
     *
     * @param action the step's type
     * @param mode for clean steps: only this cleaning mode
     * @param from with {@code to}: only at these local times (a window may wrap midnight, 22:00 to 07:00)
     * @param objects only steps handling one of these objects (pick up, place) ...
     * @param tags ... or an object with one of these tags ("valuable", "fragile")
     * @param requestedBy only when one of these asked; empty means whoever asked, the owner too
     * @param why what the robot says when it asks
     */
    public record Need(ActionType action, Optional<CleanMode> mode, Optional<LocalTime> from, Optional<LocalTime> to,
            Set<String> objects, Set<String> tags, Set<Trust> requestedBy, String why) {
        public Need {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.isPresent() != to.isPresent()) {
                throw new IllegalArgumentException("a time window needs both ends");
            }
            if (mode.isPresent() && action != ActionType.CLEAN_AREA) {
                throw new IllegalArgumentException("mode: only clean_area steps have a cleaning mode, not " + action.wireName());
            }
            objects = Set.copyOf(objects);
            tags = Set.copyOf(tags);
            requestedBy = Set.copyOf(requestedBy);
            Objects.requireNonNull(why, "why");
        }

        boolean matches(Action step, Trust requester, LocalTime at, HomeMap map) {
            if (step.type() != action || !requestedBy.isEmpty() && !requestedBy.contains(requester)) {
                return false;
            }
            if (mode.isPresent() && !(step instanceof Action.CleanArea c && c.mode() == mode.get())) {
                return false;
            }
            if (from.isPresent() && !within(at, from.get(), to.get())) {
                return false;
            }
            if (objects.isEmpty() && tags.isEmpty()) {
                return true;
            }
            Optional<WorldObject> handled = switch (step) {
                case Action.PickUp p -> map.object(p.object());
                case Action.Place p -> map.object(p.object());
                case Action.Inspect i -> map.object(i.target());
                default -> Optional.empty();
            };
            return handled.filter(o -> objects.contains(o.name()) || o.tags().stream().anyMatch(tags::contains)).isPresent();
        }

        private static boolean within(LocalTime t, LocalTime from, LocalTime to) {
            return from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
        }
    }
}
