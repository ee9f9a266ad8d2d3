package dev.rosie.sim;

import java.util.Objects;

/**
 * The simulated home's moving parts besides the robot.
 *
 * @param dirt the dirt on the floor
 * @param walkers how people and pets move
 * @param objectRadius the footprint of a small object (sock, toy car, knife block) as a disc, m:
 *     what the body's edge must touch to knock it over
 */
public record WorldConfig(DirtConfig dirt, WalkerConfig walkers, double objectRadius) {

    public static final WorldConfig DEFAULT = new WorldConfig(DirtConfig.DEFAULT, WalkerConfig.DEFAULT, 0.06);

    public WorldConfig {
        Objects.requireNonNull(dirt, "dirt");
        Objects.requireNonNull(walkers, "walkers");
        Checks.positive("objectRadius", objectRadius);
    }

    public WorldConfig withDirt(DirtConfig newDirt) {
        return new WorldConfig(newDirt, walkers, objectRadius);
    }

    public WorldConfig withWalkers(WalkerConfig newWalkers) {
        return new WorldConfig(dirt, newWalkers, objectRadius);
    }
}
