package dev.rosie.sim;

import dev.rosie.core.action.Names;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The body's sensors besides the bumper and the battery gauge.
 *
 * @param odometry how wheel odometry errs
 * @param scanner the range finder
 * @param camera the colour camera
 * @param cliffZones the names of the no-go zones that are drops (stairs): a cliff sensor over one
 *     of them sees no floor, and the body's centre entering one is a fall down the stairs. The map
 *     has no notion of a drop, only of no-go zones; a balcony edge behind a railing is no-go but no
 *     drop, so drops are listed here by name. Names that match no zone in the map are ignored.
 */
public record SensorConfig(OdometryNoise odometry, ScannerConfig scanner, CameraConfig camera, Set<String> cliffZones) {

    /** The zone the reference apartment calls its stairs. */
    public static final String STAIRS = "stairs";

    /**
     * Exact odometry by default: the executor steers on odometry and has no localisation yet, and
     * even {@link OdometryNoise#SMALL} drifts it into walls over a room's coverage sweep. Turn noise
     * on with {@link SimConfig#realistic()}.
     */
    public static final SensorConfig DEFAULT = new SensorConfig(OdometryNoise.NONE, ScannerConfig.DEFAULT,
            CameraConfig.DEFAULT, Set.of(STAIRS));

    public SensorConfig {
        Objects.requireNonNull(odometry, "odometry");
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(cliffZones, "cliffZones");
        cliffZones = cliffZones.stream().map(z -> Names.require(z, "cliff zone")).collect(Collectors.toUnmodifiableSet());
    }

    public SensorConfig withOdometry(OdometryNoise noise) {
        return new SensorConfig(noise, scanner, camera, cliffZones);
    }

    public SensorConfig withScanner(ScannerConfig newScanner) {
        return new SensorConfig(odometry, newScanner, camera, cliffZones);
    }

    public SensorConfig withCamera(CameraConfig newCamera) {
        return new SensorConfig(odometry, scanner, newCamera, cliffZones);
    }

    public SensorConfig withCliffZones(Set<String> zones) {
        return new SensorConfig(odometry, scanner, camera, zones);
    }
}
