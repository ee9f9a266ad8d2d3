package dev.rosie.sim;

import dev.rosie.core.world.Pose;
import java.util.Random;

/**
 * Dead reckoning from the wheels: integrates each step's motion as the encoders report it, with
 * seeded noise and drift ({@link OdometryNoise}). It starts at the true start pose, as if the robot
 * had just been localised. With {@link OdometryNoise#NONE} it draws no random numbers and repeats
 * the body's own arithmetic, so the estimate equals the true pose bit for bit.
 */
final class Odometry {
    private final OdometryNoise noise;
    private final Random random;
    /** Systematic errors, drawn once per run: the wheels are what they are. */
    private final double scale;
    private final double headingBiasPerMetre;
    private double x;
    private double y;
    private double theta;

    Odometry(Pose start, OdometryNoise noise, Random random) {
        this.noise = noise;
        this.random = random;
        this.x = start.x();
        this.y = start.y();
        this.theta = start.theta();
        if (noise.none()) {
            scale = 1;
            headingBiasPerMetre = 0;
        } else {
            scale = 1 + noise.scaleError() * random.nextGaussian();
            headingBiasPerMetre = noise.headingDrift() * random.nextGaussian();
        }
    }

    /** Adds one step's true motion: {@code travelled} metres along an arc turning {@code turned} radians. */
    void update(double travelled, double turned) {
        if (travelled == 0 && turned == 0) {
            return;
        }
        double ds = travelled;
        double dtheta = turned;
        if (!noise.none()) {
            double metres = Math.abs(travelled);
            ds = travelled * scale + noise.translation() * StrictMath.sqrt(metres) * random.nextGaussian();
            dtheta = turned + headingBiasPerMetre * metres
                    + noise.rotation() * StrictMath.sqrt(Math.abs(turned)) * random.nextGaussian()
                    + noise.rotationPerMetre() * StrictMath.sqrt(metres) * random.nextGaussian();
        }
        double half = dtheta / 2;
        double chord = ds * Body.sinc(half);
        double heading = theta + half;
        x += chord * StrictMath.cos(heading);
        y += chord * StrictMath.sin(heading);
        theta = Pose.normalizeAngle(theta + dtheta);
    }

    Pose estimate() {
        return new Pose(x, y, theta);
    }
}
