package dev.rosie.safety;

/**
 * The policy's numeric limits.
 *
 * @param noGoMarginMetres how far from a no-go zone a destination must be: the body is wider than its centre
 * @param keepOutMetres how close to a person, child or pet the robot may be sent
 * @param maxSpeed the fastest the robot may drive, m/s; the runtime monitor enforces it on every command
 * @param commandsPerMinute how many commands one principal may have judged per minute
 */
public record Limits(double noGoMarginMetres, double keepOutMetres, double maxSpeed, int commandsPerMinute) {
    /** The reference policy's values, for policies built in code. */
    public static final Limits REFERENCE = new Limits(0.25, 0.5, 0.5, 20);

    public Limits {
        if (!(noGoMarginMetres >= 0 && noGoMarginMetres <= 5)) {
            throw new IllegalArgumentException("no_go_margin_m: must be 0 to 5 metres, not " + noGoMarginMetres);
        }
        if (!(keepOutMetres >= 0 && keepOutMetres <= 5)) {
            throw new IllegalArgumentException("keep_out_m: must be 0 to 5 metres, not " + keepOutMetres);
        }
        if (!(maxSpeed > 0 && maxSpeed <= 2)) {
            throw new IllegalArgumentException("max_speed_mps: must be above 0 and at most 2 m/s, not " + maxSpeed);
        }
        if (commandsPerMinute < 1 || commandsPerMinute > 600) {
            throw new IllegalArgumentException("max_commands_per_minute: must be 1 to 600, not " + commandsPerMinute);
        }
    }
}
