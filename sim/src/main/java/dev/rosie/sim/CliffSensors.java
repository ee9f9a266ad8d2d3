package dev.rosie.sim;

import dev.rosie.core.world.Point;
import dev.rosie.core.world.Zone;
import java.util.List;

/**
 * Four downward-looking sensors on the front edge of the body, as on an iRobot Create (left,
 * front-left, front-right, right). One sees no floor when it is over a drop zone; the body's
 * centre is still on the floor then, so a controller that backs off at the first reading never
 * goes over.
 */
final class CliffSensors {
    /** Bearings of the sensors from straight ahead, radians. */
    static final double[] BEARINGS = {1.0, 0.3, -0.3, -1.0};

    private final List<Zone> drops;
    private final double radius;

    CliffSensors(List<Zone> drops, double radius) {
        this.drops = List.copyOf(drops);
        this.radius = radius;
    }

    /** Which sensors see no floor, in the order of {@link #BEARINGS}. */
    boolean[] read(double x, double y, double theta) {
        boolean[] triggered = new boolean[BEARINGS.length];
        if (drops.isEmpty()) {
            return triggered;
        }
        for (int i = 0; i < BEARINGS.length; i++) {
            double a = theta + BEARINGS[i];
            Point p = new Point(x + radius * StrictMath.cos(a), y + radius * StrictMath.sin(a));
            for (Zone z : drops) {
                if (z.area().contains(p)) {
                    triggered[i] = true;
                }
            }
        }
        return triggered;
    }

    boolean any(double x, double y, double theta) {
        for (boolean b : read(x, y, theta)) {
            if (b) {
                return true;
            }
        }
        return false;
    }
}
