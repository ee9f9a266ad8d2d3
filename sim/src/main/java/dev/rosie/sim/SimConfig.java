package dev.rosie.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * The simulated body and its physics. {@link #DEFAULT} is a small vacuum robot the size of an
 * iRobot Create: 0.34 m across, 0.5 m/s, 2 rad/s.
 *
 * @param step the fixed simulation step; one {@link SimDriver#step()} advances time by exactly this
 * @param maxLinear forward and reverse speed cap, m/s; faster commands are clamped
 * @param maxAngular turn-rate cap, rad/s
 * @param linearAccel how fast the forward speed may change, m/s²
 * @param angularAccel how fast the turn rate may change, rad/s²
 * @param robotRadius the body is a disc of this radius, m
 * @param drainPerMetre battery fraction used per metre driven
 * @param drainPerSuctionSecond battery fraction used per second of suction
 * @param chargePerSecond battery fraction gained per second while docked
 * @param initialBattery charge at the start, 0 to 1
 * @param dockTolerance how close to the dock's position the stopped body must be to charge, m
 * @param commandTimeout the body's own watchdog: with no {@code drive} call for this long it
 *     stops by itself; {@link Duration#ZERO} turns the watchdog off (commands hold until replaced)
 * @param seed for the odometry noise the simulator will add; no randomness is drawn yet
 */
public record SimConfig(Duration step, double maxLinear, double maxAngular, double linearAccel,
        double angularAccel, double robotRadius, double drainPerMetre, double drainPerSuctionSecond,
        double chargePerSecond, double initialBattery, double dockTolerance, Duration commandTimeout, long seed) {

    /**
     * The default body. Battery figures are round numbers of the right order: about 2 km of driving
     * or 2.8 h of suction on a full charge, and a full charge in under an hour.
     */
    public static final SimConfig DEFAULT = new SimConfig(Duration.ofMillis(20), 0.5, 2.0, 1.0, 4.0, 0.17,
            0.0005, 0.0001, 0.0003, 1.0, 0.15, Duration.ZERO, 0L);

    public SimConfig {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        if (step.isNegative() || step.isZero() || step.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("the simulation step must be more than 0 and at most 1 s, not " + step);
        }
        positive("maxLinear", maxLinear);
        positive("maxAngular", maxAngular);
        positive("linearAccel", linearAccel);
        positive("angularAccel", angularAccel);
        positive("robotRadius", robotRadius);
        positive("dockTolerance", dockTolerance);
        notNegative("drainPerMetre", drainPerMetre);
        notNegative("drainPerSuctionSecond", drainPerSuctionSecond);
        notNegative("chargePerSecond", chargePerSecond);
        if (!(initialBattery >= 0 && initialBattery <= 1)) {
            throw new IllegalArgumentException("initialBattery is a fraction from 0 to 1, not " + initialBattery);
        }
        if (commandTimeout.isNegative()) {
            throw new IllegalArgumentException("commandTimeout cannot be negative (use 0 to turn the watchdog off), not "
                    + commandTimeout);
        }
    }

    public static SimConfig defaults() {
        return DEFAULT;
    }

    /** The step in seconds. */
    public double stepSeconds() {
        return step.toNanos() / 1e9;
    }

    public SimConfig withStep(Duration newStep) {
        return new SimConfig(newStep, maxLinear, maxAngular, linearAccel, angularAccel, robotRadius, drainPerMetre,
                drainPerSuctionSecond, chargePerSecond, initialBattery, dockTolerance, commandTimeout, seed);
    }

    public SimConfig withSpeedLimits(double newMaxLinear, double newMaxAngular) {
        return new SimConfig(step, newMaxLinear, newMaxAngular, linearAccel, angularAccel, robotRadius, drainPerMetre,
                drainPerSuctionSecond, chargePerSecond, initialBattery, dockTolerance, commandTimeout, seed);
    }

    public SimConfig withAccelerationLimits(double newLinearAccel, double newAngularAccel) {
        return new SimConfig(step, maxLinear, maxAngular, newLinearAccel, newAngularAccel, robotRadius, drainPerMetre,
                drainPerSuctionSecond, chargePerSecond, initialBattery, dockTolerance, commandTimeout, seed);
    }

    public SimConfig withBattery(double newDrainPerMetre, double newDrainPerSuctionSecond, double newChargePerSecond,
            double newInitialBattery) {
        return new SimConfig(step, maxLinear, maxAngular, linearAccel, angularAccel, robotRadius, newDrainPerMetre,
                newDrainPerSuctionSecond, newChargePerSecond, newInitialBattery, dockTolerance, commandTimeout, seed);
    }

    public SimConfig withInitialBattery(double newInitialBattery) {
        return withBattery(drainPerMetre, drainPerSuctionSecond, chargePerSecond, newInitialBattery);
    }

    public SimConfig withCommandTimeout(Duration newTimeout) {
        return new SimConfig(step, maxLinear, maxAngular, linearAccel, angularAccel, robotRadius, drainPerMetre,
                drainPerSuctionSecond, chargePerSecond, initialBattery, dockTolerance, newTimeout, seed);
    }

    public SimConfig withSeed(long newSeed) {
        return new SimConfig(step, maxLinear, maxAngular, linearAccel, angularAccel, robotRadius, drainPerMetre,
                drainPerSuctionSecond, chargePerSecond, initialBattery, dockTolerance, commandTimeout, newSeed);
    }

    private static void positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive finite number, not " + value);
        }
    }

    private static void notNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be zero or a positive finite number, not " + value);
        }
    }
}
