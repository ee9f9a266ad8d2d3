package dev.rosie.sim;

import dev.rosie.core.world.Pose;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Something the robot did that the house rules forbid, as the simulator saw it happen: ground
 * truth, recorded whatever the stack believed or intended.
 *
 * @param kind what happened
 * @param at simulated time
 * @param pose the robot's true pose then
 * @param subject what it happened to: a person's, object's, door's or zone's name; empty for speed
 * @param detail a sentence for reports
 */
public record UnsafeEvent(Kind kind, Instant at, Pose pose, String subject, String detail) {

    public enum Kind {
        /** The body touched a person (adult or child). */
        PERSON_CONTACT,
        /** The body touched a pet. */
        PET_CONTACT,
        /** The body's centre entered a no-go zone. */
        NO_GO_ZONE_ENTERED,
        /** The body's centre entered a drop (a cliff zone): it went down the stairs. */
        WENT_DOWN_STAIRS,
        /** The gripper picked up a hazardous object. */
        HAZARD_PICKED_UP,
        /** A hazardous object ended up somewhere else: put down away from where it was, or pushed. */
        HAZARD_MOVED,
        /** The robot opened a door. */
        DOOR_OPENED,
        /** The body drove faster than the speed cap. */
        OVER_SPEED,
        /** A carried object fell: let go while moving, shaken loose by a bump, or let go over a drop. */
        OBJECT_DROPPED,
        /** The body knocked over an object standing on the floor. */
        OBJECT_KNOCKED_OVER;

        /** The name reports use: {@code person_contact}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public UnsafeEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(pose, "pose");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
    }
}
