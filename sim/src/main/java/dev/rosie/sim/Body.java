package dev.rosie.sim;

import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.world.Pose;
import java.time.Duration;

/**
 * The differential-drive body: pose, wheel speeds within acceleration limits, and motion along arcs
 * that stops at the first contact. It knows nothing of what it hits: {@link Solid} says whether the
 * disc would overlap something at a position, and the caller works out what it was.
 *
 * <p>Per step, commands are clamped to the speed caps, then the speeds move toward them by at most
 * the acceleration limits; the body travels the arc of the step's average speed and turn rate. If
 * the disc would overlap something the motion is clipped at the point of contact, both speeds drop
 * to zero and the bumper is pressed. A turn in place never collides: the body is a disc. The robot
 * never slides along a wall: it stops, and getting free is the controller's job, as on a real robot.
 * Trigonometry uses {@link StrictMath}, so a trajectory is identical bit for bit on any JVM and CPU.
 */
final class Body {
    /** Each collision sub-check moves the disc at most this fraction of a cell, so nothing tunnels. */
    private static final double SUBSTEP_CELLS = 0.25;
    private static final int BISECTIONS = 24;

    /** Whether the body's disc, centred at (x, y), would overlap anything solid. */
    interface Solid {
        boolean overlaps(double x, double y);
    }

    private final SimConfig config;
    private final double dt;
    private final double cellSize;

    double x;
    double y;
    double theta;
    double linear;
    double angular;
    private DriveCommand command = DriveCommand.ZERO;
    private long lastCommandTick;

    // What the last step did.
    /** Signed distance along the arc, m (negative when reversing). */
    double stepTravelled;
    /** Signed heading change, rad. */
    double stepTurned;
    /** Whether contact stopped the last step. */
    boolean stepBlocked;
    /** Where the disc would have overlapped something, when {@link #stepBlocked}. */
    double contactX;
    double contactY;

    Body(SimConfig config, Pose start, double cellSize) {
        this.config = config;
        this.dt = config.stepSeconds();
        this.cellSize = cellSize;
        this.x = start.x();
        this.y = start.y();
        this.theta = start.theta();
    }

    void command(DriveCommand newCommand, long tick) {
        command = newCommand;
        lastCommandTick = tick;
    }

    DriveCommand commanded() {
        return command;
    }

    Pose pose() {
        return new Pose(x, y, theta);
    }

    boolean stationary() {
        return linear == 0 && angular == 0;
    }

    /** Advances one step; {@code powered} false (flat battery) lets the body coast to a stop. */
    void step(long tick, boolean powered, Solid solid) {
        double targetLinear = 0;
        double targetAngular = 0;
        if (powered && !watchdogExpired(tick)) {
            targetLinear = clamp(command.linear(), config.maxLinear());
            targetAngular = clamp(command.angular(), config.maxAngular());
        }
        double newLinear = linear + clamp(targetLinear - linear, config.linearAccel() * dt);
        double newAngular = angular + clamp(targetAngular - angular, config.angularAccel() * dt);
        double avgLinear = averageOverStep(linear, newLinear, config.linearAccel());
        double avgAngular = averageOverStep(angular, newAngular, config.angularAccel());

        stepTravelled = 0;
        stepTurned = 0;
        stepBlocked = false;
        if (avgLinear != 0 || avgAngular != 0) {
            double fraction = freeFraction(avgLinear, avgAngular, solid);
            if (fraction > 0) {
                double seconds = fraction * dt;
                moveAlongArc(avgLinear, avgAngular, seconds);
                stepTravelled = avgLinear * seconds;
                stepTurned = avgAngular * seconds;
            }
            stepBlocked = fraction < 1;
        }
        if (stepBlocked) {
            linear = 0;
            angular = 0;
        } else {
            linear = newLinear;
            angular = newAngular;
        }
    }

    private boolean watchdogExpired(long tick) {
        Duration timeout = config.commandTimeout();
        return !timeout.isZero() && config.step().multipliedBy(tick - lastCommandTick).compareTo(timeout) >= 0;
    }

    private void moveAlongArc(double v, double w, double seconds) {
        double half = w * seconds / 2;
        double chord = v * seconds * sinc(half);
        double heading = theta + half;
        x += chord * StrictMath.cos(heading);
        y += chord * StrictMath.sin(heading);
        theta = Pose.normalizeAngle(theta + w * seconds);
    }

    /**
     * The largest fraction of this step's arc that the disc can travel without overlapping anything:
     * 1 when the whole step is free. Sub-steps are short enough that no wall or door is skipped over.
     * On contact, remembers where the overlap would begin.
     */
    private double freeFraction(double v, double w, Solid solid) {
        double length = Math.abs(v) * dt;
        int n = Math.max(1, (int) Math.ceil(length / (cellSize * SUBSTEP_CELLS)));
        double previous = 0;
        for (int k = 1; k <= n; k++) {
            double f = (double) k / n;
            if (overlapsAfter(v, w, f * dt, solid)) {
                double lo = previous;
                double hi = f;
                for (int i = 0; i < BISECTIONS; i++) {
                    double mid = (lo + hi) / 2;
                    if (overlapsAfter(v, w, mid * dt, solid)) {
                        hi = mid;
                    } else {
                        lo = mid;
                    }
                }
                double half = w * hi * dt / 2;
                double chord = v * hi * dt * sinc(half);
                contactX = x + chord * StrictMath.cos(theta + half);
                contactY = y + chord * StrictMath.sin(theta + half);
                return lo;
            }
            previous = f;
        }
        return 1;
    }

    private boolean overlapsAfter(double v, double w, double seconds, Solid solid) {
        double half = w * seconds / 2;
        double chord = v * seconds * sinc(half);
        double heading = theta + half;
        return solid.overlaps(x + chord * StrictMath.cos(heading), y + chord * StrictMath.sin(heading));
    }

    static double sinc(double a) {
        return Math.abs(a) < 1e-6 ? 1 - a * a / 6 : StrictMath.sin(a) / a;
    }

    /**
     * The mean of a speed that ramps from {@code from} at {@code accel} until it reaches {@code to},
     * possibly part-way through the step, and then holds: the exact distance (or angle) over the step
     * divided by its length, so a ramp covers what the textbook says whatever the step size.
     */
    private double averageOverStep(double from, double to, double accel) {
        if (from == to) {
            return to;
        }
        double ramp = Math.min(dt, Math.abs(to - from) / accel);
        return ((from + to) / 2 * ramp + to * (dt - ramp)) / dt;
    }

    private static double clamp(double value, double limit) {
        return Math.max(-limit, Math.min(limit, value));
    }
}
