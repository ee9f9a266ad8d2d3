package dev.rosie.core.perception;

import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.time.Instant;
import java.util.Objects;

/**
 * A person the camera saw, placed relative to the pose the frame was taken from.
 *
 * @param bearing direction to the person relative to the camera's heading, radians, positive to the left
 *     (anticlockwise, as headings are)
 * @param distance estimated distance along that bearing, metres
 * @param when when the frame was taken
 * @param from the robot's pose when the frame was taken (what odometry believed)
 * @param confidence the detector's score for it (for HOG, the SVM margin); higher is surer
 * @param provenance how it was learnt, e.g. {@code camera/hog}
 */
public record PersonSeen(double bearing, double distance, Instant when, Pose from, double confidence,
        String provenance) implements Observation {

    public PersonSeen {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(provenance, "provenance");
        if (!Double.isFinite(bearing) || Math.abs(bearing) > Math.PI) {
            throw new IllegalArgumentException("bearing must be within -pi..pi radians, not " + bearing);
        }
        if (!Double.isFinite(distance) || distance <= 0) {
            throw new IllegalArgumentException("distance must be a positive number of metres, not " + distance);
        }
        if (!Double.isFinite(confidence)) {
            throw new IllegalArgumentException("confidence must be finite, not " + confidence);
        }
        if (provenance.isBlank()) {
            throw new IllegalArgumentException("a person seen needs a provenance");
        }
    }

    /** Where on the map the person stands, by the bearing and distance from {@link #from()}. */
    public Point position() {
        double heading = from.theta() + bearing;
        return new Point(from.x() + distance * Math.cos(heading), from.y() + distance * Math.sin(heading));
    }
}
