package dev.rosie.actuation.monitor;

/**
 * What the monitor enforces on every velocity command.
 *
 * @param maxSpeed forward/backward speed cap, m/s (from the policy)
 * @param maxTurn turn-rate cap, rad/s
 * @param maxAccel how fast the commanded forward speed may rise per second, m/s²
 * @param slowRadius within this distance of a person or pet the robot crawls
 * @param slowSpeed the crawl speed, m/s
 * @param lookahead seconds ahead the geofence projects the robot's motion
 * @param bodyRadius the robot's radius, m: the geofence keeps the whole body out
 */
public record MonitorLimits(double maxSpeed, double maxTurn, double maxAccel, double slowRadius, double slowSpeed,
        double lookahead, double bodyRadius) {

    public static MonitorLimits withMaxSpeed(double maxSpeed) {
        return new MonitorLimits(maxSpeed, 2.0, 1.0, 1.0, 0.2, 0.5, 0.17);
    }

    public MonitorLimits {
        if (!(maxSpeed > 0 && maxTurn > 0 && maxAccel > 0 && slowRadius >= 0 && slowSpeed > 0 && lookahead > 0
                && bodyRadius > 0)) {
            throw new IllegalArgumentException("monitor limits must be positive");
        }
        if (slowSpeed > maxSpeed) {
            throw new IllegalArgumentException("the slow-zone speed cannot exceed the speed cap");
        }
    }
}
