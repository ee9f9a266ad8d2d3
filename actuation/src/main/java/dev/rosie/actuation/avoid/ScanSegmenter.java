package dev.rosie.actuation.avoid;

import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one lidar sweep into {@link Detection}s of what the map does not explain. Each finite
 * return is placed in the map frame from the pose the sweep was taken at; returns within
 * {@code tolerance} of something solid on the map are dropped; the rest are grouped while
 * neighbouring beams land within {@code gap} of each other (a full-circle sweep wraps round, so
 * something straight behind is one group, not two). Groups with fewer than {@code minPoints} returns
 * are dropped as noise unless they are close (a leg at arm's length may show on one beam only).
 */
public final class ScanSegmenter {
    private final double tolerance;
    private final double gap;
    private final int minPoints;
    private final double closeRange;

    /**
     * @param tolerance a return this close to something solid on the map is the map's, m
     * @param gap neighbouring returns farther apart than this belong to different things, m
     * @param minPoints fewest returns for a group beyond {@code closeRange}
     * @param closeRange within this range any group counts, m
     */
    public ScanSegmenter(double tolerance, double gap, int minPoints, double closeRange) {
        if (!(tolerance > 0 && gap > 0 && minPoints >= 1 && closeRange >= 0)) {
            throw new IllegalArgumentException("segmenter needs tolerance > 0, gap > 0, minPoints >= 1, closeRange >= 0");
        }
        this.tolerance = tolerance;
        this.gap = gap;
        this.minPoints = minPoints;
        this.closeRange = closeRange;
    }

    public static ScanSegmenter defaults() {
        return new ScanSegmenter(0.10, 0.15, 2, 1.0);
    }

    /** The detections in {@code scan}, taken at {@code pose}, against {@code mask}; in beam order. */
    public List<Detection> segment(RangeScan scan, Pose pose, StaticMask mask) {
        int n = scan.beams();
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] rs = new double[n];
        boolean[] dynamic = new boolean[n];
        for (int i = 0; i < n; i++) {
            double r = scan.range(i);
            if (!Double.isFinite(r) || r <= 0 || r > scan.rangeMax()) {
                continue;
            }
            double a = pose.theta() + scan.angle(i);
            xs[i] = pose.x() + r * Math.cos(a);
            ys[i] = pose.y() + r * Math.sin(a);
            rs[i] = r;
            dynamic[i] = !mask.explains(xs[i], ys[i], tolerance);
        }
        List<int[]> runs = new ArrayList<>(); // [first beam, last beam], inclusive
        int start = -1;
        for (int i = 0; i < n; i++) {
            boolean joins = dynamic[i] && start >= 0 && dynamic[i - 1] && near(xs, ys, i - 1, i);
            if (dynamic[i] && !joins) {
                if (start >= 0) {
                    runs.add(new int[] {start, i - 1});
                }
                start = i;
            } else if (!dynamic[i] && start >= 0) {
                runs.add(new int[] {start, i - 1});
                start = -1;
            }
        }
        if (start >= 0) {
            runs.add(new int[] {start, n - 1});
        }
        if (runs.size() > 1 && fullCircle(scan)) {
            int[] first = runs.getFirst();
            int[] last = runs.getLast();
            if (first[0] == 0 && last[1] == n - 1 && near(xs, ys, n - 1, 0)) {
                runs.removeFirst();
                runs.set(runs.size() - 1, new int[] {last[0], first[1] + n}); // indices past n wrap
            }
        }
        List<Detection> out = new ArrayList<>(runs.size());
        for (int[] run : runs) {
            detection(run, xs, ys, rs, n).ifPresent(out::add);
        }
        return out;
    }

    private java.util.Optional<Detection> detection(int[] run, double[] xs, double[] ys, double[] rs, int n) {
        int count = run[1] - run[0] + 1;
        double sx = 0;
        double sy = 0;
        double nearest = Double.POSITIVE_INFINITY;
        for (int k = run[0]; k <= run[1]; k++) {
            int i = k % n;
            sx += xs[i];
            sy += ys[i];
            nearest = Math.min(nearest, rs[i]);
        }
        if (count < minPoints && nearest > closeRange) {
            return java.util.Optional.empty();
        }
        double cx = sx / count;
        double cy = sy / count;
        double radius = Detection.MIN_RADIUS;
        for (int k = run[0]; k <= run[1]; k++) {
            int i = k % n;
            radius = Math.max(radius, Math.hypot(xs[i] - cx, ys[i] - cy));
        }
        return java.util.Optional.of(new Detection(new Point(cx, cy), radius, count));
    }

    private boolean near(double[] xs, double[] ys, int a, int b) {
        return Math.hypot(xs[a] - xs[b], ys[a] - ys[b]) <= gap;
    }

    private static boolean fullCircle(RangeScan scan) {
        return Math.abs(scan.beams() * scan.angleIncrement()) >= 2 * Math.PI - 1e-6;
    }
}
