package dev.rosie.sim;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The simulated body, its sensors, the world's moving parts and the safety monitor's cap.
 * {@link #DEFAULT} is a small vacuum robot the size of an iRobot Create: 0.34 m across, 0.5 m/s,
 * 2 rad/s, with a lidar (1 cm range noise) and a camera, and exact odometry, because the executor
 * steers on odometry and has no localisation yet. {@link #realistic()} adds odometry noise and
 * drift; {@link #exact()} turns every source of sensor noise off, for tests that check numbers.
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
 * @param seed every random draw (odometry and range noise, dirt, walkers) derives from it, each
 *     subsystem from its own stream, so turning the camera on does not move a walker
 * @param sensors odometry noise, the scanner, the camera and which zones are drops
 * @param world dirt, walkers and small objects
 * @param reach how far beyond the body's edge the gripper and the door opener reach, m
 * @param speedCap the unsafe-event monitor records driving faster than this, m/s; it is the
 *     house's limit, not the body's ({@code maxLinear}), and the monitor checks it independently
 *     of the stack that should respect it
 */
public record SimConfig(Duration step, double maxLinear, double maxAngular, double linearAccel,
        double angularAccel, double robotRadius, double drainPerMetre, double drainPerSuctionSecond,
        double chargePerSecond, double initialBattery, double dockTolerance, Duration commandTimeout, long seed,
        SensorConfig sensors, WorldConfig world, double reach, double speedCap) {

    /**
     * The default body. Battery figures are round numbers of the right order: about 2 km of driving
     * or 2.8 h of suction on a full charge, and a full charge in under an hour. The speed cap is
     * 0.4 m/s: above the executor's 0.35 m/s, below the body's 0.5 m/s.
     */
    public static final SimConfig DEFAULT = new SimConfig(Duration.ofMillis(20), 0.5, 2.0, 1.0, 4.0, 0.17,
            0.0005, 0.0001, 0.0003, 1.0, 0.15, Duration.ZERO, 0L, SensorConfig.DEFAULT, WorldConfig.DEFAULT, 0.3, 0.4);

    public SimConfig {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        Objects.requireNonNull(sensors, "sensors");
        Objects.requireNonNull(world, "world");
        if (step.isNegative() || step.isZero() || step.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("the simulation step must be more than 0 and at most 1 s, not " + step);
        }
        Checks.positive("maxLinear", maxLinear);
        Checks.positive("maxAngular", maxAngular);
        Checks.positive("linearAccel", linearAccel);
        Checks.positive("angularAccel", angularAccel);
        Checks.positive("robotRadius", robotRadius);
        Checks.positive("dockTolerance", dockTolerance);
        Checks.notNegative("drainPerMetre", drainPerMetre);
        Checks.notNegative("drainPerSuctionSecond", drainPerSuctionSecond);
        Checks.notNegative("chargePerSecond", chargePerSecond);
        Checks.notNegative("reach", reach);
        Checks.positive("speedCap", speedCap);
        if (!(initialBattery >= 0 && initialBattery <= 1)) {
            throw new IllegalArgumentException("initialBattery is a fraction from 0 to 1, not " + initialBattery);
        }
        if (commandTimeout.isNegative()) {
            throw new IllegalArgumentException("commandTimeout cannot be negative (use 0 to turn the watchdog off), not "
                    + commandTimeout);
        }
    }

    /** The body alone, as before sensors and world were configurable: they take their defaults. */
    public SimConfig(Duration step, double maxLinear, double maxAngular, double linearAccel, double angularAccel,
            double robotRadius, double drainPerMetre, double drainPerSuctionSecond, double chargePerSecond,
            double initialBattery, double dockTolerance, Duration commandTimeout, long seed) {
        this(step, maxLinear, maxAngular, linearAccel, angularAccel, robotRadius, drainPerMetre, drainPerSuctionSecond,
                chargePerSecond, initialBattery, dockTolerance, commandTimeout, seed, SensorConfig.DEFAULT,
                WorldConfig.DEFAULT, DEFAULT_REACH, DEFAULT_SPEED_CAP);
    }

    private static final double DEFAULT_REACH = 0.3;
    private static final double DEFAULT_SPEED_CAP = 0.4;

    public static SimConfig defaults() {
        return DEFAULT;
    }

    /** The default body with noisy, drifting odometry ({@link OdometryNoise#SMALL}). */
    public static SimConfig realistic() {
        return DEFAULT.withOdometryNoise(OdometryNoise.SMALL);
    }

    /** The default body with no sensor noise at all: odometry is the true pose, scans are exact. */
    public static SimConfig exact() {
        return DEFAULT.withoutNoise();
    }

    /** The step in seconds. */
    public double stepSeconds() {
        return step.toNanos() / 1e9;
    }

    public SimConfig withStep(Duration newStep) {
        return new SimConfig(newStep, maxLinear, maxAngular, linearAccel, angularAccel, robotRadius, drainPerMetre,
                drainPerSuctionSecond, chargePerSecond, initialBattery, dockTolerance, commandTimeout, seed, sensors, world,
                reach, speedCap);
    }

    public SimConfig withSpeedLimits(double newMaxLinear, double newMaxAngular) {
        return new SimConfig(step, newMaxLinear, newMaxAngular, linearAccel, angularAccel, robotRadius, drainPerMetre,
                drainPerSuctionSecond, chargePerSecond, initialBattery, dockTolerance, commandTimeout, seed, sensors, world,
                reach, speedCap);
    }

    public SimConfig withAccelerationLimits(double newLinearAccel, double newAngularAccel) {
        return new SimConfig(step, maxLinear, maxAngular, newLinearAccel, newAngularAccel, robotRadius, drainPerMetre,
                drainPerSuctionSecond, chargePerSecond, initialBattery, dockTolerance, commandTimeout, seed, sensors, world,
                reach, speedCap);
    }

    public SimConfig withBattery(double newDrainPerMetre, double newDrainPerSuctionSecond, double newChargePerSecond,
            double newInitialBattery) {
        return new SimConfig(step, maxLinear, maxAngular, linearAccel, angularAccel, robotRadius, newDrainPerMetre,
                newDrainPerSuctionSecond, newChargePerSecond, newInitialBattery, dockTolerance, commandTimeout, seed,
                sensors, world, reach, speedCap);
    }

    public SimConfig withInitialBattery(double newInitialBattery) {
        return withBattery(drainPerMetre, drainPerSuctionSecond, chargePerSecond, newInitialBattery);
    }

    public SimConfig withCommandTimeout(Duration newTimeout) {
        return new SimConfig(step, maxLinear, maxAngular, linearAccel, angularAccel, robotRadius, drainPerMetre,
                drainPerSuctionSecond, chargePerSecond, initialBattery, dockTolerance, newTimeout, seed, sensors, world,
                reach, speedCap);
    }

    public SimConfig withSeed(long newSeed) {
        return new SimConfig(step, maxLinear, maxAngular, linearAccel, angularAccel, robotRadius, drainPerMetre,
                drainPerSuctionSecond, chargePerSecond, initialBattery, dockTolerance, commandTimeout, newSeed, sensors,
                world, reach, speedCap);
    }

    public SimConfig withSensors(SensorConfig newSensors) {
        return new SimConfig(step, maxLinear, maxAngular, linearAccel, angularAccel, robotRadius, drainPerMetre,
                drainPerSuctionSecond, chargePerSecond, initialBattery, dockTolerance, commandTimeout, seed, newSensors,
                world, reach, speedCap);
    }

    public SimConfig withWorld(WorldConfig newWorld) {
        return new SimConfig(step, maxLinear, maxAngular, linearAccel, angularAccel, robotRadius, drainPerMetre,
                drainPerSuctionSecond, chargePerSecond, initialBattery, dockTolerance, commandTimeout, seed, sensors,
                newWorld, reach, speedCap);
    }

    public SimConfig withReach(double newReach) {
        return new SimConfig(step, maxLinear, maxAngular, linearAccel, angularAccel, robotRadius, drainPerMetre,
                drainPerSuctionSecond, chargePerSecond, initialBattery, dockTolerance, commandTimeout, seed, sensors,
                world, newReach, speedCap);
    }

    public SimConfig withSpeedCap(double newSpeedCap) {
        return new SimConfig(step, maxLinear, maxAngular, linearAccel, angularAccel, robotRadius, drainPerMetre,
                drainPerSuctionSecond, chargePerSecond, initialBattery, dockTolerance, commandTimeout, seed, sensors,
                world, reach, newSpeedCap);
    }

    public SimConfig withOdometryNoise(OdometryNoise noise) {
        return withSensors(sensors.withOdometry(noise));
    }

    public SimConfig withScanner(ScannerConfig scanner) {
        return withSensors(sensors.withScanner(scanner));
    }

    public SimConfig withCamera(CameraConfig camera) {
        return withSensors(sensors.withCamera(camera));
    }

    public SimConfig withCliffZones(Set<String> zones) {
        return withSensors(sensors.withCliffZones(zones));
    }

    public SimConfig withWalkers(WalkerConfig walkers) {
        return withWorld(world.withWalkers(walkers));
    }

    public SimConfig withDirt(DirtConfig dirt) {
        return withWorld(world.withDirt(dirt));
    }

    /** The same, with perfect odometry and noiseless range beams. */
    public SimConfig withoutNoise() {
        return withSensors(sensors.withOdometry(OdometryNoise.NONE).withScanner(sensors.scanner().withRangeNoise(0)));
    }
}
