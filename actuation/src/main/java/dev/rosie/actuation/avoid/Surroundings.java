package dev.rosie.actuation.avoid;

import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What is moving around the robot, as its own lidar sees it: the segmenter and the tracker fed from
 * the sensor readings the control loop takes anyway. A sweep is used once, when it first appears in
 * a reading (a lidar sweeps slower than the control loop ticks), placed with the odometry of that
 * reading. The tracks it keeps are what the local controller avoids and what the runtime monitor's
 * slow zone counts as people, independently of any list of people the planner was given.
 *
 * <p>One control thread updates it; {@link #positions()} may be read from another.
 */
public final class Surroundings {
    /** A shadow at least this deep behind an edge could hide a person, m. */
    private static final double SHADOW = 0.4;
    private final ScanSegmenter segmenter;
    private final Tracker tracker;
    private StaticMask mask;
    private RangeScan lastScan;
    private Instant lastAt;
    private volatile List<Point> positions = List.of();
    private long sweeps;
    private double blindCorner = Double.POSITIVE_INFINITY;

    public Surroundings(ScanSegmenter segmenter, Tracker tracker) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
    }

    public static Surroundings defaults() {
        return new Surroundings(ScanSegmenter.defaults(), Tracker.defaults());
    }

    /** Uses {@code map} as what is known to be there (closed doors included) from now on. */
    public void useMap(HomeMap map) {
        this.mask = new StaticMask(map);
    }

    /** Takes a reading; does the work only when it carries a sweep not seen before. */
    public void update(SensorReading reading) {
        if (mask == null || reading.scan().isEmpty()) {
            return;
        }
        RangeScan scan = reading.scan().get();
        if (scan == lastScan || scan.equals(lastScan)) {
            return;
        }
        if (lastAt != null && reading.at().isBefore(lastAt)) {
            tracker.clear(); // time went backwards: a new run, nothing carried over is trustworthy
        }
        lastScan = scan;
        lastAt = reading.at();
        sweeps++;
        tracker.update(segmenter.segment(scan, reading.odometry(), mask), reading.at());
        blindCorner = nearestOcclusion(scan);
        positions = tracker.tracks(reading.at()).stream().map(Track::position).toList();
    }

    /** The tracks as predicted for {@code now}. */
    public List<Track> tracks(Instant now) {
        return tracker.tracks(now);
    }

    /** Where tracked things were at the latest sweep: for the runtime monitor's slow zone. */
    public List<Point> positions() {
        return positions;
    }

    /**
     * How far the nearest blind corner was at the latest sweep, m (+Infinity if none): the near side
     * of a jump in range between neighbouring beams big enough for someone to stand in the shadow
     * behind it. Door frames and wall ends are blind corners; so is anyone standing close.
     */
    public double blindCorner() {
        return blindCorner;
    }

    private static double nearestOcclusion(RangeScan scan) {
        double best = Double.POSITIVE_INFINITY;
        int n = scan.beams();
        boolean wraps = Math.abs(n * scan.angleIncrement()) >= 2 * Math.PI - 1e-6;
        for (int i = 0; i < n; i++) {
            int j = i + 1;
            if (j == n) {
                if (!wraps) {
                    break;
                }
                j = 0;
            }
            double a = scan.range(i);
            double b = scan.range(j);
            double near = Math.min(a, b);
            double far = Math.max(a, b);
            if (near < best && far - near >= SHADOW) {
                best = near;
            }
        }
        return best;
    }

    /** Sweeps used so far. */
    public long sweeps() {
        return sweeps;
    }
}
