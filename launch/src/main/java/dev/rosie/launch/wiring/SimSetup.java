package dev.rosie.launch.wiring;

import dev.rosie.core.world.Pose;
import dev.rosie.sim.Resident;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a robot's simulated home starts, beyond the map: who walks around in it, where the robot
 * stands, the seed of every random draw, and the battery's charge.
 *
 * @param residents people and pets put into the simulator (the sleeping ones stay put, the others walk)
 * @param start the robot's pose; empty: where the world model last saw it (the dock in a new world)
 */
public record SimSetup(List<Resident> residents, Optional<Pose> start, long seed, double battery) {
    public SimSetup {
        residents = List.copyOf(residents);
        Objects.requireNonNull(start, "start");
        if (!(battery >= 0 && battery <= 1)) {
            throw new IllegalArgumentException("battery is a fraction from 0 to 1, not " + battery);
        }
    }

    /** Nobody else in the home, the robot where it was, seed 0, a full battery: what the CLI's robot had so far. */
    public static SimSetup alone() {
        return new SimSetup(List.of(), Optional.empty(), 0L, 1.0);
    }
}
