package dev.rosie.launch.wiring;

import dev.rosie.core.InvalidInputException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * How often the robot looks through its camera. Every {@code everyTicks} control ticks the control
 * thread grabs a frame (if the last look has finished) and a background thread reads it (OCR, people);
 * {@code 0} turns periodic looking off (an Inspect step still looks). Set by the system property
 * {@value #PROPERTY} or the environment variable {@value #ENV}. A served robot (real-time paced) looks
 * once per {@value #DEFAULT_EVERY_TICKS} ticks by default (5 s at the simulator's 20 ms step); one-off
 * commands ({@code say}, {@code demo}), which fast-forward the simulator, look only on Inspect unless
 * configured: which frames a background look catches in a fast-forwarded run depends on the machine's
 * speed, and a one-off command's outcome should not.
 *
 * @param everyTicks ticks between looks; 0 for never
 * @param repeatAfter the same text read again within this time is not stored again
 */
public record CameraSettings(int everyTicks, Duration repeatAfter) {
    public static final String PROPERTY = "rosie.camera.every-ticks";
    public static final String ENV = "ROSIE_CAMERA_EVERY_TICKS";
    public static final int DEFAULT_EVERY_TICKS = 250;
    public static final Duration DEFAULT_REPEAT_AFTER = Duration.ofMinutes(10);
    public static final CameraSettings DEFAULT = new CameraSettings(DEFAULT_EVERY_TICKS, DEFAULT_REPEAT_AFTER);
    /** Looks only when asked (Inspect, the safety suite's signs). */
    public static final CameraSettings ON_DEMAND = new CameraSettings(0, DEFAULT_REPEAT_AFTER);
    /**
     * The simulated robot's camera: the simulator's default lens and mount at 640x480, the resolution
     * of a real robot's camera. At the simulator's 320x240 PP-OCR reads a sign's letters but runs most
     * of its words together (8 of the 40 corpus signs with every space right, against 34 at 640x480,
     * measured by CameraSignsIT); rendering the larger frame costs about four times as long, still a
     * few milliseconds, and the OCR time per sign hardly changes.
     */
    public static final dev.rosie.sim.CameraConfig SIM_CAMERA = dev.rosie.sim.CameraConfig.DEFAULT.withSize(640, 480);

    public CameraSettings {
        if (everyTicks < 0) {
            throw new InvalidInputException("camera every-ticks must be 0 (off) or a positive number of ticks, not "
                    + everyTicks);
        }
        java.util.Objects.requireNonNull(repeatAfter, "repeatAfter");
    }

    /** From {@value #PROPERTY}, else {@value #ENV}, else {@code otherwise}. */
    public static CameraSettings from(Function<String, String> properties, Map<String, String> env,
            CameraSettings otherwise) {
        String raw = properties.apply(PROPERTY);
        String from = "system property " + PROPERTY;
        if (raw == null || raw.isBlank()) {
            raw = env.get(ENV);
            from = "environment variable " + ENV;
        }
        if (raw == null || raw.isBlank()) {
            return otherwise;
        }
        try {
            return new CameraSettings(Integer.parseInt(raw.strip()), DEFAULT_REPEAT_AFTER);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(from + " is '" + raw + "'; it must be a whole number of ticks (0 = off)", e);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(from + ": " + e.getMessage(), e);
        }
    }

    /** This process's setting, or {@code otherwise} when neither the property nor the variable is set. */
    public static CameraSettings standard(CameraSettings otherwise) {
        return from(System::getProperty, System.getenv(), otherwise);
    }
}
