package dev.rosie.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * The planar range finder on top of the body, about 10 cm above the floor: it sees walls, closed
 * doors, furniture footprints and the legs of people and pets; small objects on the floor are
 * below its plane, and signs are panels above it.
 *
 * @param enabled whether the body has a scanner at all (readings then carry no scan)
 * @param beams how many beams per sweep
 * @param fieldOfView the angle the beams span, centred straight ahead, radians (2 pi for all round)
 * @param maxRange beyond this a beam reads +Infinity, metres
 * @param rangeNoise standard deviation of each beam's range error, metres (seeded)
 * @param period one sweep per period; a multiple of the simulation step is exact, otherwise the
 *     sweep is taken on the first step at or after each period
 */
public record ScannerConfig(boolean enabled, int beams, double fieldOfView, double maxRange, double rangeNoise,
        Duration period) {

    /** A 360-beam, all-round lidar with 8 m range at 5 Hz and centimetre noise. */
    public static final ScannerConfig DEFAULT = new ScannerConfig(true, 360, 2 * Math.PI, 8.0, 0.01,
            Duration.ofMillis(200));

    public ScannerConfig {
        Objects.requireNonNull(period, "period");
        Checks.positive("scanner beams", beams);
        Checks.positive("scanner fieldOfView", fieldOfView);
        if (fieldOfView > 2 * Math.PI + 1e-9) {
            throw new IllegalArgumentException("scanner fieldOfView is at most 2 pi radians, not " + fieldOfView);
        }
        Checks.positive("scanner maxRange", maxRange);
        Checks.notNegative("scanner rangeNoise", rangeNoise);
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("scanner period must be positive, not " + period);
        }
    }

    public ScannerConfig withEnabled(boolean on) {
        return new ScannerConfig(on, beams, fieldOfView, maxRange, rangeNoise, period);
    }

    public ScannerConfig withRangeNoise(double noise) {
        return new ScannerConfig(enabled, beams, fieldOfView, maxRange, noise, period);
    }

    /** Whether the beams wrap all the way round, in which case the last beam stops one increment short of the first. */
    boolean fullCircle() {
        return fieldOfView >= 2 * Math.PI - 1e-9;
    }

    double angleIncrement() {
        if (beams == 1) {
            return 0;
        }
        return fullCircle() ? fieldOfView / beams : fieldOfView / (beams - 1);
    }

    double angleMin() {
        return beams == 1 ? 0 : -fieldOfView / 2;
    }
}
