package dev.rosie.actuation.motion;

import dev.rosie.core.world.Point;
import java.util.List;

/** A global path, or the reason there is none. */
public sealed interface PathResult {

    /** Waypoints from (near) the start to (near) the goal, at least two, in metres. */
    record Found(List<Point> waypoints) implements PathResult {
        public Found {
            waypoints = List.copyOf(waypoints);
            if (waypoints.size() < 2) {
                throw new IllegalArgumentException("a path has at least two waypoints");
            }
        }

        public double length() {
            double sum = 0;
            for (int i = 1; i < waypoints.size(); i++) {
                sum += waypoints.get(i - 1).distanceTo(waypoints.get(i));
            }
            return sum;
        }
    }

    record Unreachable(String reason) implements PathResult {
    }
}
