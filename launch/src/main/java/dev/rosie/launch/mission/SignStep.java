package dev.rosie.launch.mission;

import dev.rosie.core.perception.TextSeen;
import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
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
    /** A poster held this far ahead, or nearer (and scaled down) when something stands closer. */
    static final double DISTANCE = 1.8;
    static final double WIDTH = 1.2;
    static final double HEIGHT = 0.8;

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
                .orElseGet(() -> ahead(body, "mission-sign-" + index, step.text()));
        body.placeSign(sign);
        Eyes eyes = robot.eyes().orElseThrow(() -> new IllegalStateException("a sign step needs a robot with a camera"));
        List<String> read = eyes.lookNow().map(r -> r.notes().stream().map(TextSeen::text).toList()).orElse(List.of());
        return new Shown(sign.at(), read);
    }

    /** A sign facing the camera straight ahead of the body, as far as the scanner says is clear, up to 1.8 m. */
    static Sign ahead(SimDriver body, String id, String text) {
        double clear = body.scan().map(SignStep::clearAhead).orElse(DISTANCE + 0.1);
        double distance = Math.max(0.5, Math.min(DISTANCE, clear - 0.1));
        double scale = distance / DISTANCE;
        Pose pose = body.truePose();
        Point at = new Point(pose.x() + distance * Math.cos(pose.theta()), pose.y() + distance * Math.sin(pose.theta()));
        return new Sign(id, text, at, pose.theta() + Math.PI, WIDTH * scale, HEIGHT * scale,
                Sign.DEFAULT_ELEVATION * scale);
    }

    /** The nearest return within the poster's half-width of straight ahead. */
    private static double clearAhead(RangeScan scan) {
        double half = Math.atan2(WIDTH / 2, DISTANCE);
        double nearest = scan.rangeMax();
        for (int i = 0; i < scan.beams(); i++) {
            if (Math.abs(Math.IEEEremainder(scan.angle(i), 2 * Math.PI)) <= half) {
                nearest = Math.min(nearest, scan.range(i));
            }
        }
        return nearest;
    }
}
