package dev.rosie.sim;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.CameraFrame;
import dev.rosie.core.robot.Capability;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.Zone;
import dev.rosie.core.world.ZoneKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A simulated vacuum robot in a {@link HomeMap}, and the home around it: the {@link RobotDriver}
 * facade over the body ({@link Body}: kinematics and collision), its sensors (noisy
 * {@link Odometry}, a {@link RangeScanner}, {@link CliffSensors}, a camera), its {@link Battery},
 * and the world's moving parts: doors, the {@link DirtMap}, the people and pets of the
 * {@link Crowd}, movable {@link Items}, signs, and the {@link UnsafeEventMonitor} that watches it
 * all.
 *
 * <p>Nothing happens between calls: {@link #step()} advances the world by one fixed
 * {@link SimConfig#step()} and advances the {@link ManualClock} by the same amount. The caller owns
 * the loop. The model is deterministic: all randomness comes from {@link SimConfig#seed()}, one
 * stream per subsystem; it reads no wall clock, iterates only lists and arrays, and uses
 * {@link StrictMath} for trigonometry, so the same seed and commands give the same run bit for bit
 * on any JVM and CPU.
 *
 * <p>Doors have their own state, initialised from the map. {@link #setDoorOpen} is the world's hand
 * (a resident, a test, a mission script) and is not an unsafe event; {@link #openDoor} is the robot
 * doing it, within its reach, and is. The map given to the constructor, the planner's view, never
 * changes.
 *
 * <p>Methods are synchronized, so an e-stop path on another thread may call {@link #halt()}; the
 * result is deterministic only when one thread drives the loop.
 */
public final class SimDriver implements RobotDriver {
    private final HomeMap map;
    private final SimConfig config;
    private final ManualClock clock;
    private final double dt;
    private final double radius;

    private final Floorplan plan;
    private final Body body;
    private final Battery battery;
    private final Odometry odometry;
    private final RangeScanner scanner;
    private final long scanEvery;
    private final CliffSensors cliffs;
    private final CameraRenderer camera;
    private final DirtMap dirt;
    private final Crowd crowd;
    private final Items items;
    private final UnsafeEventMonitor monitor;
    private final UnsafeEventMonitor.Sink sink;
    private final Set<Capability> capabilities;
    private final Doorways doors;
    private final SignBoard signs = new SignBoard();

    private boolean suction;
    private double distance;
    private int collisions;
    private boolean contact;
    private boolean bumperSinceRead;
    private List<String> touchingBeings = List.of();
    private RangeScan lastScan;
    private long ticks;

    /**
     * A robot at {@code start} in {@code map}, with people and pets.
     *
     * @throws IllegalArgumentException if the body at {@code start} overlaps a wall, obstacle,
     *     closed door, unknown space or a resident
     */
    public SimDriver(HomeMap map, List<Resident> residents, Pose start, SimConfig config, ManualClock clock) {
        this.map = Objects.requireNonNull(map, "map");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(residents, "residents");
        this.dt = config.stepSeconds();
        this.radius = config.robotRadius();
        long seed = config.seed();
        SensorConfig sensors = config.sensors();

        List<Zone> noGo = map.zones().stream().filter(z -> z.kind() == ZoneKind.NO_GO).toList();
        List<Zone> drops = noGo.stream().filter(z -> sensors.cliffZones().contains(z.name())).toList();
        this.plan = new Floorplan(map);
        this.body = new Body(config, start, plan.res);
        this.battery = new Battery(config);
        this.odometry = new Odometry(start, sensors.odometry(), Seeds.stream(seed, "odometry"));
        this.cliffs = new CliffSensors(drops, radius);
        this.dirt = new DirtMap(plan, config.world().dirt(), Seeds.stream(seed, "dirt"));
        for (Resident r : residents) {
            if (!plan.inBounds(plan.cellX(r.start().x()), plan.cellY(r.start().y()))) {
                throw new IllegalArgumentException("resident '" + r.name() + "' starts outside map '" + map.name()
                        + "' at " + r.start());
            }
        }
        this.crowd = new Crowd(residents, config.world().walkers(), new WalkPlanner(plan), seed);
        this.items = new Items(plan, config.world().objectRadius(), drops);
        this.monitor = new UnsafeEventMonitor(noGo, sensors.cliffZones(), config.speedCap());
        this.sink = (kind, subject, detail) -> monitor.record(kind, clock.instant(), body.pose(), subject, detail);
        this.doors = new Doorways(plan, body, crowd, radius, config.reach(), sink);

        ScannerConfig scan = sensors.scanner();
        this.scanner = scan.enabled() ? new RangeScanner(scan, plan, Seeds.stream(seed, "scanner")) : null;
        long stepNanos = config.step().toNanos();
        this.scanEvery = Math.max(1, (scan.period().toNanos() + stepNanos - 1) / stepNanos);
        this.camera = sensors.camera().enabled() ? new CameraRenderer(sensors.camera(), plan, drops) : null;
        EnumSet<Capability> caps = EnumSet.of(Capability.DRIVE, Capability.SUCTION, Capability.GRIPPER,
                Capability.DOOR_OPENER);
        if (camera != null) {
            caps.add(Capability.CAMERA);
        }
        this.capabilities = Collections.unmodifiableSet(caps);

        if (plan.overlapsDisc(start.x(), start.y(), radius)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the robot cannot start at (%.3f, %.3f): a disc of radius %.2f m there overlaps a wall, obstacle,"
                            + " closed door or unknown space in map '%s'", start.x(), start.y(), radius, map.name()));
        }
        crowd.overlapping(start.x(), start.y(), radius).stream().findFirst().ifPresent(w -> {
            throw new IllegalArgumentException("the robot cannot start at " + start + ": it overlaps resident '"
                    + w.name + "'");
        });
        // A start inside a no-go zone counts as an entry, so a mis-set scenario cannot hide one.
        monitor.checkZones(clock.instant(), body.pose());
        if (scanner != null) {
            lastScan = scanner.sweep(body.x, body.y, body.theta, crowd);
        }
    }

    /** A robot alone in the home (no people or pets). */
    public SimDriver(HomeMap map, Pose start, SimConfig config, ManualClock clock) {
        this(map, List.of(), start, config, clock);
    }

    /** A simulator with the default body, alone in the home. */
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
        return capabilities;
    }

    @Override
    public synchronized void drive(DriveCommand newCommand) {
        body.command(Objects.requireNonNull(newCommand, "command"), ticks);
    }

    @Override
    public synchronized void suction(boolean on) {
        suction = on;
    }

    /**
     * The body's sensors now: odometry is the wheels' estimate (noisy unless the config says
     * otherwise), speeds are the wheels' true speeds, the scan is the latest sweep. The bumper reads
     * pressed if the body is in contact or touched anything since the previous reading, so a
     * controller that reads less often than the simulator steps still sees every bump.
     */
    @Override
    public synchronized SensorReading read() {
        boolean bumper = contact || bumperSinceRead;
        bumperSinceRead = false;
        return new SensorReading(clock.instant(), odometry.estimate(), body.linear, body.angular, bumper,
                battery.charge(), docked(), cliffs.any(body.x, body.y, body.theta), Optional.ofNullable(lastScan));
    }

    /** A frame rendered now from the body's true pose, stamped with the pose odometry believes. */
    @Override
    public synchronized Optional<CameraFrame> camera() {
        if (camera == null) {
            return Optional.empty();
        }
        byte[] rgb = camera.render(body.pose(), crowd, items.visible(), items.radius(), signs.textured());
        CameraConfig c = config.sensors().camera();
        return Optional.of(new CameraFrame(clock.instant(), odometry.estimate(), c.width(), c.height(), rgb));
    }

    // ---- the loop ---------------------------------------------------------------------------------

    /** Advances the world and the clock by one fixed step. */
    public synchronized void step() {
        crowd.step(dt, body.x, body.y, radius);
        body.step(ticks, !battery.flat(), (x, y) -> plan.overlapsDisc(x, y, radius) || crowd.overlaps(x, y, radius));
        ticks++;
        clock.advance(config.step());

        boolean newCollision = body.stepBlocked && !contact;
        if (body.stepBlocked) {
            if (!contact) {
                collisions++;
            }
            bumperSinceRead = true;
        }
        contact = body.stepBlocked;
        recordContacts();

        double travelled = Math.abs(body.stepTravelled);
        distance += travelled;
        odometry.update(body.stepTravelled, body.stepTurned);
        items.afterStep(body, radius, newCollision, sink);
        boolean sucking = suctionOn();
        if (sucking) {
            dirt.clean(body.x, body.y, radius, dt);
        }
        battery.step(travelled, sucking, docked(), dt);

        Pose pose = body.pose();
        monitor.checkZones(clock.instant(), pose);
        monitor.checkSpeed(clock.instant(), pose, body.linear);
        if (scanner != null && ticks % scanEvery == 0) {
            lastScan = scanner.sweep(body.x, body.y, body.theta, crowd);
        }
    }

    private void recordContacts() {
        if (!body.stepBlocked) {
            touchingBeings = List.of();
            return;
        }
        List<String> now = new ArrayList<>(1);
        for (Crowd.Walker w : crowd.overlapping(body.contactX, body.contactY, radius)) {
            now.add(w.name);
            if (!touchingBeings.contains(w.name)) {
                boolean pet = w.kind == dev.rosie.core.world.BeingKind.PET;
                sink.record(pet ? UnsafeEvent.Kind.PET_CONTACT : UnsafeEvent.Kind.PERSON_CONTACT, w.name,
                        "bumped into " + w.kind.wireName() + " '" + w.name + "'");
            }
        }
        touchingBeings = now;
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

    // ---- the robot acting on the world ------------------------------------------------------------

    /**
     * Picks up a movable object within reach in front of the standing body. Hazardous objects are
     * picked up like any other (refusing is the guard's job) and recorded as an unsafe event.
     *
     * @throws IllegalArgumentException if the map has no object of that name
     */
    public synchronized ManipulationResult grip(String object) {
        return items.grip(Objects.requireNonNull(object, "object"), body, radius, config.reach(), sink);
    }

    /**
     * Lets go of the carried object where the gripper holds it: onto the furniture there, or the
     * floor; nothing happens if a wall, a closed door or someone is there. Let go while moving, or
     * over a drop, it falls (an unsafe event).
     */
    public synchronized ManipulationResult release() {
        return items.release(body, crowd, sink);
    }

    /** The name of the object in the gripper, if any. */
    public synchronized Optional<String> carrying() {
        return items.carriedName();
    }

    /** The robot opens a door within its reach: recorded as an unsafe event. */
    public synchronized ManipulationResult openDoor(String doorName) {
        return doors.robotOpens(doorName);
    }

    /** The robot closes a door within its reach, unless someone (itself included) is in the doorway. */
    public synchronized ManipulationResult closeDoor(String doorName) {
        return doors.robotCloses(doorName);
    }

    // ---- the world's hand -------------------------------------------------------------------------

    /**
     * Opens or closes a door in the simulated world, as a resident or a script would: not an unsafe
     * event. The map given to the constructor, and so the planner's view, is not changed.
     *
     * @throws IllegalArgumentException if the map has no such door
     * @throws IllegalStateException if closing it would shut it on the robot or a resident
     */
    public synchronized void setDoorOpen(String doorName, boolean open) {
        doors.set(doorName, open);
    }

    /** Whether a door is open in the simulated world. */
    public synchronized boolean doorOpen(String doorName) {
        return doors.isOpen(doorName);
    }

    /** Puts up a default-sized sign with an id of its own; see {@link Sign}. */
    public synchronized Sign placeSign(String text, Point at, double facing) {
        return signs.place(text, at, facing);
    }

    /** Puts up a sign, replacing any with the same id. */
    public synchronized Sign placeSign(Sign sign) {
        return signs.place(sign);
    }

    /** Takes a sign down; false if there was none with that id. */
    public synchronized boolean removeSign(String id) {
        return signs.remove(id);
    }

    public synchronized List<Sign> signs() {
        return signs.signs();
    }

    // ---- ground truth, for tests and reports -------------------------------------------------------

    public synchronized Pose truePose() {
        return body.pose();
    }

    /** What wheel odometry believes; the same as {@code read().odometry()}. */
    public synchronized Pose odometryPose() {
        return odometry.estimate();
    }

    /** The latest range scan, if the body has a scanner. */
    public synchronized Optional<RangeScan> scan() {
        return Optional.ofNullable(lastScan);
    }

    /** Which cliff sensors see no floor now: left, front-left, front-right, right. */
    public synchronized List<Boolean> cliffSensors() {
        boolean[] r = cliffs.read(body.x, body.y, body.theta);
        return List.of(r[0], r[1], r[2], r[3]);
    }

    /** Everything unsafe that has happened, in order. */
    public synchronized List<UnsafeEvent> unsafeEvents() {
        return monitor.events();
    }

    /** People and pets where they are now, in the order given to the constructor. */
    public synchronized List<BeingState> beings() {
        return crowd.states();
    }

    /** The movable objects where they are now, in map order. */
    public synchronized List<ObjectState> objects() {
        return items.states();
    }

    /** Coverage and residual dirt of every room, in map order. */
    public synchronized Map<String, RoomDirt> dirt() {
        return dirt.byRoom();
    }

    /** @throws IllegalArgumentException if the map has no such room */
    public synchronized RoomDirt dirt(String room) {
        String key = map.room(room).orElseThrow(() -> new IllegalArgumentException("no room named '" + room
                + "' in map '" + map.name() + "'; rooms: " + map.roomNames())).name();
        return dirt.byRoom().get(key);
    }

    /** Grams of dirt in the cell at {@code p} (0 off the cleanable floor). */
    public synchronized double dirtAt(Point p) {
        return dirt.gramsAt(p);
    }

    /** Whether the running suction has passed over the cell at {@code p}. */
    public synchronized boolean coveredAt(Point p) {
        return dirt.coveredAt(p);
    }

    /** Metres actually driven (reverse counts too); motion a wall stopped does not. */
    public synchronized double distanceTravelled() {
        return distance;
    }

    /** Contacts with walls, doors, obstacles, people or pets; pushing on against the same thing is one contact. */
    public synchronized int collisions() {
        return collisions;
    }

    /** True while the last step was stopped by contact. */
    public synchronized boolean inContact() {
        return contact;
    }

    /** Suction commanded on and powered: an empty battery cuts it. */
    public synchronized boolean suctionOn() {
        return suction && !battery.flat();
    }

    /**
     * How many times the true centre of the robot entered a no-go zone (counted per zone, so
     * crossing from one overlapping zone into another counts again). A start inside a zone counts.
     */
    public synchronized int noGoEntries() {
        return monitor.noGoEntries();
    }

    /** The names of the no-go zones entered so far, in order of first entry. */
    public synchronized List<String> noGoZonesEntered() {
        return monitor.zonesEntered();
    }

    public synchronized double battery() {
        return battery.charge();
    }

    /** Within the dock tolerance of the map's dock and standing still. */
    public synchronized boolean docked() {
        return body.stationary()
                && StrictMath.hypot(body.x - map.dock().x(), body.y - map.dock().y()) <= config.dockTolerance();
    }

    /** The actual forward speed, m/s. */
    public synchronized double linearSpeed() {
        return body.linear;
    }

    /** The actual turn rate, rad/s. */
    public synchronized double angularSpeed() {
        return body.angular;
    }

    /** The set-point last received. */
    public synchronized DriveCommand commanded() {
        return body.commanded();
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
}
