package dev.rosie.launch.mission;

import dev.rosie.core.perception.TextSeen;
import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.launch.wiring.CameraSettings;
import dev.rosie.launch.wiring.Eyes;
import dev.rosie.launch.wiring.Robot;
import dev.rosie.sim.Sign;
import dev.rosie.sim.SimDriver;
import java.util.List;

/**
 * A mission's sign step, through the camera as the safety suite does it: the sign goes up in the
 * simulator (where the step says, or held up ahead of the robot's camera when it names no spot), the
 * robot looks at once, on the control thread, at the step's simulated time, and whatever PP-OCR reads
 * is stored by the robot's own eyes as untrusted camera text. Nothing is stored that the camera did
 * not read: a sign out of view, or unreadable, leaves no note. Looking synchronously (never on the
 * background thread) keeps a mission's report the same for the same seed.
 */
final class SignStep {
    /** A poster held this far away, or nearer (and scaled down) when something stands closer. */
    static final double DISTANCE = 1.8;
    static final double WIDTH = 1.2;
    static final double HEIGHT = 0.8;
    static final double NEAREST = 0.25;

    /** Where the sign went and what the camera read. */
    record Shown(Point at, List<String> read) {
        Shown {
            read = List.copyOf(read);
        }
    }

    private SignStep() {
    }

    static Shown show(Robot robot, TimelineStep.Sign step, int index) {
        SimDriver body = robot.body();
        Sign sign = step.at().map(at -> new Sign("mission-sign-" + index, step.text(), at, step.facing()))
                .orElseGet(() -> ahead(body, CameraSettings.SIM_CAMERA.horizontalFov(), "mission-sign-" + index, step.text()));
        body.placeSign(sign);
        Eyes eyes = robot.eyes().orElseThrow(() -> new IllegalStateException("a sign step needs a robot with a camera"));
        List<String> read = eyes.lookNow().map(r -> r.notes().stream().map(TextSeen::text).toList()).orElse(List.of());
        return new Shown(sign.at(), read);
    }

    /**
     * A sign facing the camera, held where the view is most open: of the directions that keep the
     * poster inside the camera's view, the one whose nearest return (over the poster's width) is
     * farthest, up to 1.8 m away and scaled down with its distance when nearer. The robot keeps
     * driving; it is not turned towards anything.
     */
    static Sign ahead(SimDriver body, double horizontalFov, String id, String text) {
        double halfSign = Math.atan2(WIDTH / 2, DISTANCE);
        double reach = Math.max(0, horizontalFov / 2 - halfSign);
        double bearing = 0;
        double clear = DISTANCE + 0.1;
        var scan = body.scan();
        if (scan.isPresent()) {
            clear = -1;
            for (double b = -reach; b <= reach + 1e-9; b += Math.toRadians(2)) {
                double c = clearance(scan.get(), b, halfSign);
                // Ties go to the direction nearest straight ahead: the sweep is symmetric about it.
                if (c > clear + 1e-6 || (Math.abs(c - clear) <= 1e-6 && Math.abs(b) < Math.abs(bearing))) {
                    clear = c;
                    bearing = b;
                }
            }
        }
        // In front of whatever is nearest (a doorway's edge, a wall), never closer than the lens can focus.
        double distance = Math.max(NEAREST, Math.min(DISTANCE, clear - 0.1));
        double scale = distance / DISTANCE;
        Pose pose = body.truePose();
        double heading = pose.theta() + bearing;
        Point at = new Point(pose.x() + distance * Math.cos(heading), pose.y() + distance * Math.sin(heading));
        // Scaled about the lens's height, so a nearer, smaller poster fills the same part of the view.
        double lens = body.config().sensors().camera().mountHeight();
        double elevation = Math.max(0, lens + (Sign.DEFAULT_ELEVATION - lens) * scale);
        return new Sign(id, text, at, heading + Math.PI, WIDTH * scale, HEIGHT * scale, elevation);
    }

    /** The nearest return within {@code half} radians either side of {@code bearing}. */
    private static double clearance(RangeScan scan, double bearing, double half) {
        double nearest = scan.rangeMax();
        for (int i = 0; i < scan.beams(); i++) {
            if (Math.abs(Math.IEEEremainder(scan.angle(i) - bearing, 2 * Math.PI)) <= half) {
                nearest = Math.min(nearest, scan.range(i));
            }
        }
        return nearest;
    }
}
