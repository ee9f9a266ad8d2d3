package dev.rosie.sim;

/**
 * How wheel odometry errs. Two kinds of error, both drawn from the simulator's seed: random noise
 * that grows with the square root of the motion (each step's error is independent), and drift, a
 * systematic bias drawn once per run (one wheel a little larger than the other), which grows
 * linearly and is what makes dead reckoning wander off over a long run.
 *
 * @param translation standard deviation of the distance error, metres per square-root metre driven
 * @param rotation standard deviation of the heading error, radians per square-root radian turned
 * @param rotationPerMetre standard deviation of the heading error from driving, radians per
 *     square-root metre (wheel slip on a straight line)
 * @param scaleError standard deviation of the run's systematic distance scale error (0.01 is 1 %)
 * @param headingDrift standard deviation of the run's systematic heading bias, radians per metre
 */
public record OdometryNoise(double translation, double rotation, double rotationPerMetre, double scaleError,
        double headingDrift) {

    /** Perfect odometry: the estimate is the true pose, bit for bit. */
    public static final OdometryNoise NONE = new OdometryNoise(0, 0, 0, 0, 0);

    /**
     * Small errors, of the order a vacuum robot's encoders make on a hard floor: about 1 cm and
     * 0.3 degrees per metre at random, and a systematic error of a few tenths of a percent.
     */
    public static final OdometryNoise SMALL = new OdometryNoise(0.005, 0.005, 0.002, 0.002, 0.0005);

    public OdometryNoise {
        Checks.notNegative("odometry translation noise", translation);
        Checks.notNegative("odometry rotation noise", rotation);
        Checks.notNegative("odometry rotationPerMetre noise", rotationPerMetre);
        Checks.notNegative("odometry scaleError", scaleError);
        Checks.notNegative("odometry headingDrift", headingDrift);
    }

    /** True when the estimate is exact. */
    public boolean none() {
        return translation == 0 && rotation == 0 && rotationPerMetre == 0 && scaleError == 0 && headingDrift == 0;
    }
}
