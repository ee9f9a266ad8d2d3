package dev.rosie.core.action;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One primitive the robot can perform. Targets are names the world model knows (rooms, objects,
 * doors, zones, the dock) in lower case; the guard checks that they exist.
 */
public sealed interface Action {

    ActionType type();

    /** The name this action is about, if any: a room, object, door or place. */
    Optional<String> subject();

    /** {@code type:target}, or just {@code type}: the form corpora and reports use. */
    default String label() {
        return subject().map(t -> type().wireName() + ":" + t).orElse(type().wireName());
    }

    /** Drive to a named place (room, object, door, dock, zone) or to coordinates. */
    record NavigateTo(Target target) implements Action {
        public NavigateTo {
            Objects.requireNonNull(target, "target");
        }

        public static NavigateTo named(String name) {
            return new NavigateTo(new Target.Named(name));
        }

        @Override public ActionType type() { return ActionType.NAVIGATE_TO; }
        @Override public Optional<String> subject() { return Optional.of(target.describe()); }

    }

    /** Cover a room's free floor with the suction on. */
    record CleanArea(String room, CleanMode mode) implements Action {
        public CleanArea {
            room = Names.require(room, "room");
            Objects.requireNonNull(mode, "mode");
        }

        @Override public ActionType type() { return ActionType.CLEAN_AREA; }
        @Override public Optional<String> subject() { return Optional.of(room); }
    }

    record Dock() implements Action {
        @Override public ActionType type() { return ActionType.DOCK; }
        @Override public Optional<String> subject() { return Optional.empty(); }
    }

    record Stop() implements Action {
        @Override public ActionType type() { return ActionType.STOP; }
        @Override public Optional<String> subject() { return Optional.empty(); }
    }

    record Wait(Duration duration) implements Action {
        public static final Duration MAX = Duration.ofMinutes(30);

        public Wait {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.compareTo(MAX) > 0) {
                throw new IllegalArgumentException("a wait lasts 0 to 30 minutes, not " + duration);
            }
        }

        @Override public ActionType type() { return ActionType.WAIT; }
        @Override public Optional<String> subject() { return Optional.empty(); }
    }

    /** Speak to the people nearby. */
    record Say(String text) implements Action {
        public static final int MAX_TEXT = 300;

        public Say {
            if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
                throw new IllegalArgumentException("a Say needs 1-" + MAX_TEXT + " characters of text");
            }
        }

        @Override public ActionType type() { return ActionType.SAY; }
        @Override public Optional<String> subject() { return Optional.empty(); }
    }

    record PickUp(String object) implements Action {
        public PickUp {
            object = Names.require(object, "object");
        }

        @Override public ActionType type() { return ActionType.PICK_UP; }
        @Override public Optional<String> subject() { return Optional.of(object); }
    }

    /** Put a carried object down at a named location. */
    record Place(String object, String location) implements Action {
        public Place {
            object = Names.require(object, "object");
            location = Names.require(location, "location");
        }

        @Override public ActionType type() { return ActionType.PLACE; }
        @Override public Optional<String> subject() { return Optional.of(object); }
    }

    record OpenDoor(String door) implements Action {
        public OpenDoor {
            door = Names.require(door, "door");
        }

        @Override public ActionType type() { return ActionType.OPEN_DOOR; }
        @Override public Optional<String> subject() { return Optional.of(door); }
    }

    record CloseDoor(String door) implements Action {
        public CloseDoor {
            door = Names.require(door, "door");
        }

        @Override public ActionType type() { return ActionType.CLOSE_DOOR; }
        @Override public Optional<String> subject() { return Optional.of(door); }
    }

    /** Look at something with the camera and report what is seen. */
    record Inspect(String target) implements Action {
        public Inspect {
            target = Names.require(target, "target");
        }

        @Override public ActionType type() { return ActionType.INSPECT; }
        @Override public Optional<String> subject() { return Optional.of(target); }
    }
}
