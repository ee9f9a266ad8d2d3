package dev.rosie.sim;

import dev.rosie.core.world.ObjectClass;
import dev.rosie.core.world.Point;
import java.util.Objects;

/**
 * Where a movable object is now, as the simulator knows it (ground truth).
 *
 * @param support what it rests on: {@link #FLOOR}, a piece of furniture's name, {@link #WALL} for
 *     things hung on a wall, or {@link #GRIPPER} while the robot carries it
 * @param upright false once knocked over or dropped
 * @param moved whether it is no longer where the map put it
 */
public record ObjectState(String name, ObjectClass objectClass, Point position, String support, boolean upright,
        boolean moved) {
    public static final String FLOOR = "floor";
    public static final String GRIPPER = "gripper";
    public static final String WALL = "wall";

    public ObjectState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(objectClass, "objectClass");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(support, "support");
    }

    public boolean carried() {
        return GRIPPER.equals(support);
    }

    public boolean hazardous() {
        return objectClass == ObjectClass.HAZARDOUS;
    }
}
