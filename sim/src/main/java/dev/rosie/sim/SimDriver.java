package dev.rosie.sim;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.Capability;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.Cell;
import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Polygon;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.Zone;
import dev.rosie.core.world.ZoneKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A simulated differential-drive vacuum robot in a {@link HomeMap}: a disc that accelerates within
 * limits, integrates its pose along arcs, stops against walls, closed doors and obstacles with its
 * bumper pressed, drains its battery with distance and suction, and charges on the dock.
 *
 * <p>Nothing happens between calls: {@link #step()} advances the world by one fixed
 * {@link SimConfig#step()} and advances the {@link ManualClock} by the same amount. The caller owns
 * the loop. The model is deterministic: it draws no randomness, reads no wall clock, iterates only
 * lists and arrays, and uses {@link StrictMath} for trigonometry so that a trajectory is identical
 * bit for bit on any JVM and CPU, not only within one run.
 *
 * <p>Physics, per step: commands are clamped to the speed caps, then the speeds move toward them by
 * at most the acceleration limits; the body travels the arc of the step's average speed and turn
 * rate. If the disc would overlap a blocked cell (occupied or unknown on the grid, outside the
 * grid, under an obstacle's footprint, or on a closed door) the motion is clipped at the point of
 * contact, both speeds drop to zero and the bumper is pressed. A turn in place never collides: the
 * body is a disc. The robot never slides along a wall: it stops, and getting free (back off, turn)
 * is the controller's job, as it is on the real robot.
 *
 * <p>Doors have their own state here, initialised from the map and changed with
 * {@link #setDoorOpen}: that is the world's physics, which the planner's map may not know about.
 *
 * <p>Odometry in each {@link SensorReading} is the true pose for now; seeded odometry noise and
 * drift (driven by {@link SimConfig#seed()}) arrive with the simulator issue.
 *
 * <p>Methods are synchronized, so an e-stop path on another thread may call {@link #halt()}; the
 * result is deterministic only when one thread drives the loop.
 */
public final class SimDriver implements RobotDriver {
    private static final Set<Capability> CAPABILITIES =
            Collections.unmodifiableSet(EnumSet.of(Capability.DRIVE, Capability.SUCTION));
    /** Each collision sub-check moves the disc at most this fraction of a cell, so nothing tunnels. */
    private static final double SUBSTEP_CELLS = 0.25;
    private static final int BISECTIONS = 24;

    private final HomeMap map;
    private final SimConfig config;
    private final ManualClock clock;
    private final OccupancyGrid grid;
    private final double dt;
    private final double radius;

    /** Walls, unknown space and obstacle footprints: never changes. */
    private final boolean[] staticBlocked;
    /** {@link #staticBlocked} plus the cells of every closed door: rebuilt when a door moves. */
    private boolean[] blocked;
    private final List<Door> doors;
    private final boolean[] doorOpen;
    private final int[][] doorCells;

    private final List<Zone> noGoZones;
    private final boolean[] insideNoGo;
    private final List<String> noGoZonesEntered = new ArrayList<>();
    private int noGoEntries;

    private double x;
    private double y;
    private double theta;
    private double linear;
    private double angular;
    private DriveCommand command = DriveCommand.ZERO;
    private long lastCommandTick;
    private boolean suction;
    private double battery;
    private double distance;
    private int collisions;
    private boolean contact;
    private boolean bumperSinceRead;
    private long ticks;

    public SimDriver(HomeMap map, Pose start, SimConfig config, ManualClock clock) {
        this.map = Objects.requireNonNull(map, "map");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(start, "start");
        this.grid = map.grid();
        this.dt = config.stepSeconds();
        this.radius = config.robotRadius();
        this.battery = config.initialBattery();

        this.staticBlocked = rasteriseStatic(map);
        this.doors = map.doors();
        this.doorOpen = new boolean[doors.size()];
        this.doorCells = new int[doors.size()][];
        for (int i = 0; i < doors.size(); i++) {
            doorOpen[i] = doors.get(i).open();
            doorCells[i] = rasteriseSegment(doors.get(i).a(), doors.get(i).b());
        }
        this.blocked = combineBlocked();

        this.noGoZones = map.zones().stream().filter(z -> z.kind() == ZoneKind.NO_GO).toList();
        this.insideNoGo = new boolean[noGoZones.size()];

        this.x = start.x();
        this.y = start.y();
        this.theta = start.theta();
        if (overlaps(x, y)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the robot cannot start at (%.3f, %.3f): a disc of radius %.2f m there overlaps a wall, obstacle,"
                            + " closed door or unknown space in map '%s'", x, y, radius, map.name()));
        }
        // A start inside a no-go zone counts as an entry, so a mis-set scenario cannot hide one.
        updateNoGo();
    }

    /** A simulator with the default body. */
    public SimDriver(HomeMap map, Pose start, ManualClock clock) {
        this(map, start, SimConfig.DEFAULT, clock);
    }

    // ---- RobotDriver ------------------------------------------------------------------------------

    @Override
    public String name() {
        return "sim";
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public synchronized void drive(DriveCommand newCommand) {
        command = Objects.requireNonNull(newCommand, "command");
        lastCommandTick = ticks;
    }

    @Override
    public synchronized void suction(boolean on) {
        suction = on;
    }

    /**
     * The body's sensors now. The bumper reads pressed if the body is in contact or touched
     * anything since the previous reading, so a controller that reads less often than the
     * simulator steps still sees every bump.
     */
    @Override
    public synchronized SensorReading read() {
        boolean bumper = contact || bumperSinceRead;
        bumperSinceRead = false;
        return new SensorReading(clock.instant(), truePose(), linear, angular, bumper, battery, docked());
    }

    // ---- the loop ---------------------------------------------------------------------------------

    /** Advances the world and the clock by one fixed step. */
    public synchronized void step() {
        double targetLinear = 0;
        double targetAngular = 0;
        if (battery > 0 && !watchdogExpired()) {
            targetLinear = clamp(command.linear(), config.maxLinear());
            targetAngular = clamp(command.angular(), config.maxAngular());
        }
        double newLinear = linear + clamp(targetLinear - linear, config.linearAccel() * dt);
        double newAngular = angular + clamp(targetAngular - angular, config.angularAccel() * dt);
        double avgLinear = averageOverStep(linear, newLinear, config.linearAccel());
        double avgAngular = averageOverStep(angular, newAngular, config.angularAccel());

        boolean blockedThisStep = false;
        double travelled = 0;
        if (avgLinear != 0 || avgAngular != 0) {
            double fraction = freeFraction(avgLinear, avgAngular);
            if (fraction > 0) {
                moveAlongArc(avgLinear, avgAngular, fraction * dt);
                travelled = Math.abs(avgLinear) * fraction * dt;
                updateNoGo();
            }
            blockedThisStep = fraction < 1;
        }
        if (blockedThisStep) {
            linear = 0;
            angular = 0;
            if (!contact) {
                collisions++;
            }
            bumperSinceRead = true;
        } else {
            linear = newLinear;
            angular = newAngular;
        }
        contact = blockedThisStep;
        distance += travelled;

        double drain = travelled * config.drainPerMetre();
        if (suctionOn()) {
            drain += config.drainPerSuctionSecond() * dt;
        }
        battery -= drain;
        if (docked()) {
            battery += config.chargePerSecond() * dt;
        }
        battery = Math.max(0, Math.min(1, battery));

        ticks++;
        clock.advance(config.step());
    }

    /** Advances {@code n} fixed steps. */
    public synchronized void step(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot step a negative number of times: " + n);
        }
        for (int i = 0; i < n; i++) {
            step();
        }
    }

    /** Advances whole steps until at least {@code duration} of simulated time has passed. */
    public synchronized void run(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("cannot run for a negative duration: " + duration);
        }
        long stepNanos = config.step().toNanos();
        long n = (duration.toNanos() + stepNanos - 1) / stepNanos;
        for (long i = 0; i < n; i++) {
            step();
        }
    }

    // ---- the world's state ------------------------------------------------------------------------

    /**
     * Opens or closes a door in the simulated world. The map given to the constructor, and so the
     * planner's view, is not changed.
     *
     * @throws IllegalArgumentException if the map has no such door
     * @throws IllegalStateException if closing it would shut it on the robot
     */
    public synchronized void setDoorOpen(String doorName, boolean open) {
        int i = doorIndex(doorName);
        if (doorOpen[i] == open) {
            return;
        }
        doorOpen[i] = open;
        boolean[] next = combineBlocked();
        if (!open && overlaps(next, x, y)) {
            doorOpen[i] = true;
            throw new IllegalStateException("door '" + doors.get(i).name() + "' cannot close: the robot is in the doorway at "
                    + truePose());
        }
        blocked = next;
    }

    /** Whether a door is open in the simulated world. */
    public synchronized boolean doorOpen(String doorName) {
        return doorOpen[doorIndex(doorName)];
    }

    // ---- ground truth, for tests and reports -------------------------------------------------------

    public synchronized Pose truePose() {
        return new Pose(x, y, theta);
    }

    /** Metres actually driven (reverse counts too); motion a wall stopped does not. */
    public synchronized double distanceTravelled() {
        return distance;
    }

    /** Contacts with walls, doors or obstacles; pushing on against the same wall is one contact. */
    public synchronized int collisions() {
        return collisions;
    }

    /** True while the last step was stopped by contact. */
    public synchronized boolean inContact() {
        return contact;
    }

    /** Suction commanded on and powered: an empty battery cuts it. */
    public synchronized boolean suctionOn() {
        return suction && battery > 0;
    }

    /**
     * How many times the true centre of the robot entered a no-go zone (counted per zone, so
     * crossing from one overlapping zone into another counts again). A start inside a zone counts.
     */
    public synchronized int noGoEntries() {
        return noGoEntries;
    }

    /** The names of the no-go zones entered so far, in order of first entry. */
    public synchronized List<String> noGoZonesEntered() {
        return List.copyOf(noGoZonesEntered);
    }

    public synchronized double battery() {
        return battery;
    }

    /** Within the dock tolerance of the map's dock and standing still. */
    public synchronized boolean docked() {
        return linear == 0 && angular == 0
                && StrictMath.hypot(x - map.dock().x(), y - map.dock().y()) <= config.dockTolerance();
    }

    /** The actual forward speed, m/s. */
    public synchronized double linearSpeed() {
        return linear;
    }

    /** The actual turn rate, rad/s. */
    public synchronized double angularSpeed() {
        return angular;
    }

    /** The set-point last received. */
    public synchronized DriveCommand commanded() {
        return command;
    }

    /** Steps taken since construction. */
    public synchronized long ticks() {
        return ticks;
    }

    /** Simulated time since construction. */
    public synchronized Duration elapsed() {
        return config.step().multipliedBy(ticks);
    }

    public SimConfig config() {
        return config;
    }

    /** The map the simulator was built from, with its doors as they were then. */
    public HomeMap map() {
        return map;
    }

    // ---- physics ----------------------------------------------------------------------------------

    private boolean watchdogExpired() {
        Duration timeout = config.commandTimeout();
        return !timeout.isZero() && config.step().multipliedBy(ticks - lastCommandTick).compareTo(timeout) >= 0;
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
     */
    private double freeFraction(double v, double w) {
        double length = Math.abs(v) * dt;
        int n = Math.max(1, (int) Math.ceil(length / (grid.resolution() * SUBSTEP_CELLS)));
        double previous = 0;
        for (int k = 1; k <= n; k++) {
            double f = (double) k / n;
            if (overlapsAfter(v, w, f * dt)) {
                double lo = previous;
                double hi = f;
                for (int i = 0; i < BISECTIONS; i++) {
                    double mid = (lo + hi) / 2;
                    if (overlapsAfter(v, w, mid * dt)) {
                        hi = mid;
                    } else {
                        lo = mid;
                    }
                }
                return lo;
            }
            previous = f;
        }
        return 1;
    }

    private boolean overlapsAfter(double v, double w, double seconds) {
        double half = w * seconds / 2;
        double chord = v * seconds * sinc(half);
        double heading = theta + half;
        return overlaps(x + chord * StrictMath.cos(heading), y + chord * StrictMath.sin(heading));
    }

    private static double sinc(double a) {
        return Math.abs(a) < 1e-6 ? 1 - a * a / 6 : StrictMath.sin(a) / a;
    }

    private boolean overlaps(double cx, double cy) {
        return overlaps(blocked, cx, cy);
    }

    /** Whether the disc at (cx, cy) overlaps, with positive area, any blocked cell. Touching is allowed. */
    private boolean overlaps(boolean[] mask, double cx, double cy) {
        double res = grid.resolution();
        double ox = grid.origin().x();
        double oy = grid.origin().y();
        int ix0 = (int) Math.floor((cx - radius - ox) / res);
        int ix1 = (int) Math.floor((cx + radius - ox) / res);
        int iy0 = (int) Math.floor((cy - radius - oy) / res);
        int iy1 = (int) Math.floor((cy + radius - oy) / res);
        double r2 = radius * radius;
        int width = grid.width();
        for (int iy = iy0; iy <= iy1; iy++) {
            double y0 = oy + iy * res;
            double dy = Math.max(0, Math.max(y0 - cy, cy - (y0 + res)));
            for (int ix = ix0; ix <= ix1; ix++) {
                boolean cellBlocked = !grid.inBounds(ix, iy) || mask[iy * width + ix];
                if (!cellBlocked) {
                    continue;
                }
                double x0 = ox + ix * res;
                double dx = Math.max(0, Math.max(x0 - cx, cx - (x0 + res)));
                if (dx * dx + dy * dy < r2) {
                    return true;
                }
            }
        }
        return false;
    }

    private void updateNoGo() {
        Point centre = new Point(x, y);
        for (int i = 0; i < noGoZones.size(); i++) {
            Zone zone = noGoZones.get(i);
            boolean inside = zone.area().contains(centre);
            if (inside && !insideNoGo[i]) {
                noGoEntries++;
                if (!noGoZonesEntered.contains(zone.name())) {
                    noGoZonesEntered.add(zone.name());
                }
            }
            insideNoGo[i] = inside;
        }
    }

    // ---- rasterising the world --------------------------------------------------------------------

    private boolean[] rasteriseStatic(HomeMap home) {
        int width = grid.width();
        boolean[] mask = new boolean[width * grid.height()];
        for (int iy = 0; iy < grid.height(); iy++) {
            for (int ix = 0; ix < width; ix++) {
                mask[iy * width + ix] = !grid.isFree(ix, iy);
            }
        }
        // Furniture the map marks as an obstacle blocks the body even where the grid shows floor.
        for (WorldObject o : home.objects()) {
            if (o.obstacle() && o.footprint().isPresent()) {
                markPolygon(mask, o.footprint().get());
            }
        }
        return mask;
    }

    private void markPolygon(boolean[] mask, Polygon polygon) {
        grid.cellsInside(polygon).forEach(c -> mask[c.iy() * grid.width() + c.ix()] = true);
    }

    /** The cells a door segment crosses; the body's disc is far wider than a cell, so it cannot squeeze past. */
    private int[] rasteriseSegment(Point a, Point b) {
        return grid.cellsAlong(a, b).stream().mapToInt(c -> c.iy() * grid.width() + c.ix()).toArray();
    }

    private boolean[] combineBlocked() {
        boolean[] mask = staticBlocked.clone();
        for (int i = 0; i < doors.size(); i++) {
            if (!doorOpen[i]) {
                for (int index : doorCells[i]) {
                    mask[index] = true;
                }
            }
        }
        return mask;
    }

    private int doorIndex(String doorName) {
        Door door = map.door(doorName).orElseThrow(() -> new IllegalArgumentException("no door named '" + doorName
                + "' in map '" + map.name() + "'; doors: "
                + doors.stream().map(Door::name).collect(Collectors.joining(", ", "[", "]"))));
        return doors.indexOf(door);
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
