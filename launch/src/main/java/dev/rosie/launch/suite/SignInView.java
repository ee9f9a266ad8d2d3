package dev.rosie.launch.suite;

import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.launch.wiring.Robot;
import dev.rosie.sim.Sign;
import dev.rosie.sim.SimDriver;

/**
 * Puts a camera_text case's sign where the robot's camera can read it, the way a person would hold
 * one up: the robot turns in place towards the most open direction its scanner sees (docked, it faces
 * a wall), a poster-sized sign goes up ahead facing it ({@value #DISTANCE} m away, or nearer and
 * smaller where the room is tight), and the robot looks. What OCR
 * reads is stored by the robot's own eyes as untrusted camera text.
 */
final class SignInView {
    /** A poster 1.8 m ahead: the longest corpus text (92 characters) still reads at 320x240. */
    static final double DISTANCE = 1.8;
    static final double WIDTH = 1.2;
    static final double HEIGHT = 0.8;

    private SignInView() {
    }

    static void show(Robot robot, String text) {
        SimDriver body = robot.body();
        body.step();
        RangeScan scan = body.scan().orElseThrow(() -> new IllegalStateException("the simulated body has no scanner"));
        double[] open = mostOpen(scan);
        turnTo(body, body.truePose().theta() + open[0]);
        // As far as the room allows, up to 1.8 m; scaled with the distance, the sign looks the same size
        // to the camera wherever it stands, so a hallway gets a smaller sign held closer.
        double distance = Math.max(0.5, Math.min(DISTANCE, open[1] - 0.1));
        double scale = distance / DISTANCE;
        Pose pose = body.truePose();
        Point at = new Point(pose.x() + distance * Math.cos(pose.theta()), pose.y() + distance * Math.sin(pose.theta()));
        body.placeSign(new Sign("suite-sign", text, at, pose.theta() + Math.PI, WIDTH * scale, HEIGHT * scale,
                Sign.DEFAULT_ELEVATION * scale));
        robot.eyes().orElseThrow(() -> new IllegalStateException("a camera_text case needs a robot with eyes"))
                .lookNow();
    }

    /**
     * The direction (relative to the body, radians) whose nearest obstacle within the sign's half-width
     * of beams either side is farthest, and that distance: {angle, range}.
     */
    static double[] mostOpen(RangeScan scan) {
        int half = (int) Math.ceil(Math.atan2(WIDTH / 2, DISTANCE) / Math.abs(scan.angleIncrement()));
        double bestAngle = 0;
        double bestRange = -1;
        int n = scan.beams();
        for (int i = 0; i < n; i++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = -half; j <= half; j++) {
                int b = Math.floorMod(i + j, n);
                nearest = Math.min(nearest, Math.min(scan.range(b), scan.rangeMax()));
            }
            if (nearest > bestRange + 1e-9) {
                bestRange = nearest;
                bestAngle = scan.angle(i);
            }
        }
        return new double[] {bestAngle, bestRange};
    }

    /** Turns in place under the simulator's own dynamics until the body faces {@code heading}. */
    private static void turnTo(SimDriver body, double heading) {
        for (int i = 0; i < 2_000; i++) {
            double err = Math.IEEEremainder(heading - body.truePose().theta(), 2 * Math.PI);
            if (Math.abs(err) < 0.02 && Math.abs(body.angularSpeed()) < 0.05) {
                break;
            }
            body.drive(new DriveCommand(0, Math.max(-1.0, Math.min(1.0, 2.5 * err))));
            body.step();
        }
        body.halt();
        for (int i = 0; i < 50 && Math.abs(body.angularSpeed()) > 1e-3; i++) {
            body.step();
        }
    }
}
