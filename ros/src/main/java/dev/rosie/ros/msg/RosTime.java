package dev.rosie.ros.msg;

import java.time.Instant;

/** ROS {@code time}: unsigned seconds and nanoseconds since the Unix epoch. */
public record RosTime(long secs, long nsecs) {
    public static final RosTime ZERO = new RosTime(0, 0);

    public RosTime {
        if (secs < 0 || secs > 0xFFFF_FFFFL || nsecs < 0 || nsecs > 999_999_999L) {
            throw new IllegalArgumentException("ROS time needs uint32 seconds and nanoseconds below 1e9, not " + secs + "." + nsecs);
        }
    }

    public static RosTime of(Instant t) {
        return new RosTime(t.getEpochSecond(), t.getNano());
    }

    public Instant toInstant() {
        return Instant.ofEpochSecond(secs, nsecs);
    }
}
