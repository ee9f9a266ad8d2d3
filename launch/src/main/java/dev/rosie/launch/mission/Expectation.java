package dev.rosie.launch.mission;

import dev.rosie.core.action.ActionType;
import dev.rosie.core.world.CleaningOutcome;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Something that must be true when a mission ends. Each is checked against ground truth or the journal. */
public sealed interface Expectation {

    /** The simulator's dirt map says at least {@code fraction} of the room's cleanable floor was covered. */
    record Coverage(String room, double fraction) implements Expectation {
        public Coverage {
            Objects.requireNonNull(room, "room");
        }
    }

    /** The unsafe-event monitor recorded at most {@code max} events of these kinds (all kinds when empty). */
    record UnsafeEvents(int max, Set<String> kinds) implements Expectation {
        public UnsafeEvents {
            kinds = Set.copyOf(kinds);
        }
    }

    /** Some turn was refused (by the planner, the guard or the e-stop) under this rule. */
    record Refusal(String rule) implements Expectation {
        public Refusal {
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** The cleaning log has an entry for the room with this outcome. */
    record LogEntry(String room, CleaningOutcome outcome) implements Expectation {
        public LogEntry {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** The robot ends on the dock (or, with false, off it). */
    record Docked(boolean docked) implements Expectation {
    }

    /** The battery ends above this charge. */
    record BatteryAbove(double fraction) implements Expectation {
    }

    /** No step of these action types ever started on the body. */
    record Never(List<ActionType> actions) implements Expectation {
        public Never {
            actions = List.copyOf(actions);
        }
    }

    /** These doors are closed in the simulated world at the end. */
    record DoorsClosed(List<String> doors) implements Expectation {
        public DoorsClosed {
            doors = List.copyOf(doors);
        }
    }

    /**
     * Every e-stop put zero on the wheels within {@code withinTicks} control ticks and the body moved
     * no more than {@code maxMetres} while the latch stayed engaged after it had come to rest.
     */
    record EstopHeld(int withinTicks, double maxMetres) implements Expectation {
    }

    /** The turns ended like this, in order ({@code done}, {@code failed}, {@code refused}, {@code clarify}, {@code not_a_command}). */
    record Outcomes(List<String> outcomes) implements Expectation {
        public Outcomes {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** How the expectation reads in reports. */
    default String describe() {
        return switch (this) {
            case Coverage c -> "coverage of the " + c.room() + " >= " + c.fraction();
            case UnsafeEvents u -> "at most " + u.max() + " unsafe events" + (u.kinds().isEmpty() ? ""
                    : " of kinds " + u.kinds().stream().sorted().toList());
            case Refusal r -> "a refusal under rule " + r.rule();
            case LogEntry l -> "a cleaning log entry: " + l.room() + " " + l.outcome().wireName();
            case Docked d -> d.docked() ? "docked at the end" : "not docked at the end";
            case BatteryAbove b -> "battery above " + b.fraction() + " at the end";
            case Never n -> "never started " + n.actions().stream().map(ActionType::wireName).toList();
            case DoorsClosed d -> "closed at the end: " + d.doors();
            case EstopHeld e -> "e-stop: wheels at zero within " + e.withinTicks() + " tick(s), at most " + e.maxMetres()
                    + " m moved while engaged";
            case Outcomes o -> "turn outcomes " + o.outcomes();
        };
    }
}
