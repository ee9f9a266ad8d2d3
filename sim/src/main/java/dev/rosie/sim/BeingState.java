package dev.rosie.sim;

import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.Point;
import java.util.Objects;

/**
 * Where a person or pet is now, as the simulator knows it (ground truth, not what the robot saw).
 *
 * @param radius the footprint the body can touch, m
 * @param heading the way they face, rad
 * @param moving walking this step
 */
public record BeingState(String name, BeingKind kind, Point position, double radius, double heading, boolean asleep,
        boolean moving) {
    public BeingState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(position, "position");
    }
}
