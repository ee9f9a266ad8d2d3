package dev.rosie.sim;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.CameraFrame;
import dev.rosie.core.robot.ActuatorResult;
import dev.rosie.core.robot.Capability;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A simulated vacuum robot in a {@link HomeMap}, and the home around it: the {@link RobotDriver}
 * port and the simulator's public API, over a {@code SimWorld} that wires the parts together and
 * runs a step: the body ({@code Body}: kinematics and collision), its sensors (noisy
 * {@code Odometry}, a {@code RangeScanner}, {@code CliffSensors}, a {@code CameraRenderer}), its
 * {@code Battery}, and the world's moving parts: doors, the {@code DirtMap}, the people and pets of
 * the {@code Crowd}, movable {@code Items}, signs, and the {@code UnsafeEventMonitor} that watches
 * it all.
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
    private final SimWorld world;

    /**
     * A robot at {@code start} in {@code map}, with people and pets.
     *
     * @throws IllegalArgumentException if the body at {@code start} overlaps a wall, obstacle,
     *     closed door, unknown space or a resident, or a resident starts outside the map
     */
    public SimDriver(HomeMap map, List<Resident> residents, Pose start, SimConfig config, ManualClock clock) {
        this.world = new SimWorld(map, residents, start, config, clock);
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
        return world.capabilities;
    }

    @Override
    public synchronized void drive(DriveCommand newCommand) {
        world.body.command(Objects.requireNonNull(newCommand, "command"), world.ticks);
    }

    @Override
    public synchronized void suction(boolean on) {
        world.suction = on;
    }

    /**
     * The body's sensors now: odometry is the wheels' estimate (noisy unless the config says
     * otherwise), speeds are the wheels' true speeds, the scan is the latest sweep. The bumper reads
     * pressed if the body is in contact or touched anything since the previous reading, so a
     * controller that reads less often than the simulator steps still sees every bump.
     */
    @Override
    public synchronized SensorReading read() {
        return world.read();
    }

    /** A frame rendered now from the body's true pose, stamped with the pose odometry believes. */
    @Override
    public synchronized Optional<CameraFrame> camera() {
        return world.frame();
    }

    // ---- the loop ---------------------------------------------------------------------------------

    /** Advances the world and the clock by one fixed step. */
    public synchronized void step() {
        world.step();
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
        long stepNanos = world.config.step().toNanos();
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
        return world.items.grip(Objects.requireNonNull(object, "object"), world.body, world.radius, world.config.reach(),
                world.sink);
    }

    /**
     * Lets go of the carried object where the gripper holds it: onto the furniture there, or the
     * floor; nothing happens if a wall, a closed door or someone is there. Let go while moving, or
     * over a drop, it falls (an unsafe event).
     */
    public synchronized ManipulationResult release() {
        return world.items.release(world.body, world.crowd, world.sink);
    }

    /** The name of the object in the gripper, if any. */
    public synchronized Optional<String> carrying() {
        return world.items.carriedName();
    }

    @Override
    public ActuatorResult pickUp(String object) {
        return port(grip(object), "pick up the " + object);
    }

    @Override
    public ActuatorResult putDown() {
        return port(release(), "put it down");
    }

    @Override
    public ActuatorResult setDoor(String door, boolean open) {
        return port(open ? openDoor(door) : closeDoor(door), (open ? "open the " : "close the ") + door);
    }

    private static ActuatorResult port(ManipulationResult r, String what) {
        return switch (r) {
            case DONE, ALREADY -> ActuatorResult.done(what + ": " + r.name().toLowerCase(java.util.Locale.ROOT));
            default -> ActuatorResult.failed("could not " + what + ": "
                    + r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        };
    }

    /** The robot opens a door within its reach: recorded as an unsafe event. */
    public synchronized ManipulationResult openDoor(String doorName) {
        return world.doors.robotOpens(doorName);
    }

    /** The robot closes a door within its reach, unless someone (itself included) is in the doorway. */
    public synchronized ManipulationResult closeDoor(String doorName) {
        return world.doors.robotCloses(doorName);
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
        world.doors.set(doorName, open);
    }

    /** Whether a door is open in the simulated world. */
    public synchronized boolean doorOpen(String doorName) {
        return world.doors.isOpen(doorName);
    }

    /** Puts up a default-sized sign with an id of its own; see {@link Sign}. */
    public synchronized Sign placeSign(String text, Point at, double facing) {
        return world.signs.place(text, at, facing);
    }

    /** Puts up a sign, replacing any with the same id. */
    public synchronized Sign placeSign(Sign sign) {
        return world.signs.place(sign);
    }

    /** Takes a sign down; false if there was none with that id. */
    public synchronized boolean removeSign(String id) {
        return world.signs.remove(id);
    }

    public synchronized List<Sign> signs() {
        return world.signs.signs();
    }

    // ---- ground truth, for tests and reports -------------------------------------------------------

    public synchronized Pose truePose() {
        return world.body.pose();
    }

    /** What wheel odometry believes; the same as {@code read().odometry()}. */
    public synchronized Pose odometryPose() {
        return world.odometry.estimate();
    }

    /** The latest range scan, if the body has a scanner. */
    public synchronized Optional<RangeScan> scan() {
        return Optional.ofNullable(world.lastScan);
    }

    /** Which cliff sensors see no floor now: left, front-left, front-right, right. */
    public synchronized List<Boolean> cliffSensors() {
        boolean[] r = world.cliffs.read(world.body.x, world.body.y, world.body.theta);
        return List.of(r[0], r[1], r[2], r[3]);
    }

    /** Everything unsafe that has happened, in order. */
    public synchronized List<UnsafeEvent> unsafeEvents() {
        return world.monitor.events();
    }

    /** People and pets where they are now, in the order given to the constructor. */
    public synchronized List<BeingState> beings() {
        return world.crowd.states();
    }

    /** The movable objects where they are now, in map order. */
    public synchronized List<ObjectState> objects() {
        return world.items.states();
    }

    /** Coverage and residual dirt of every room, in map order. */
    public synchronized Map<String, RoomDirt> dirt() {
        return world.dirt.byRoom();
    }

    /** @throws IllegalArgumentException if the map has no such room */
    public synchronized RoomDirt dirt(String room) {
        String key = world.map.room(room).orElseThrow(() -> new IllegalArgumentException("no room named '" + room
                + "' in map '" + world.map.name() + "'; rooms: " + world.map.roomNames())).name();
        return world.dirt.byRoom().get(key);
    }

    /** Grams of dirt in the cell at {@code p} (0 off the cleanable floor). */
    public synchronized double dirtAt(Point p) {
        return world.dirt.gramsAt(p);
    }

    /** Whether the running suction has passed over the cell at {@code p}. */
    public synchronized boolean coveredAt(Point p) {
        return world.dirt.coveredAt(p);
    }

    /** Metres actually driven (reverse counts too); motion a wall stopped does not. */
    public synchronized double distanceTravelled() {
        return world.distance;
    }

    /** Contacts with walls, doors, obstacles, people or pets; pushing on against the same thing is one contact. */
    public synchronized int collisions() {
        return world.collisions;
    }

    /** True while the last step was stopped by contact. */
    public synchronized boolean inContact() {
        return world.contact;
    }

    /** Suction commanded on and powered: an empty battery cuts it. */
    public synchronized boolean suctionOn() {
        return world.suctionOn();
    }

    /**
     * How many times the true centre of the robot entered a no-go zone (counted per zone, so
     * crossing from one overlapping zone into another counts again). A start inside a zone counts.
     */
    public synchronized int noGoEntries() {
        return world.monitor.noGoEntries();
    }

    /** The names of the no-go zones entered so far, in order of first entry. */
    public synchronized List<String> noGoZonesEntered() {
        return world.monitor.zonesEntered();
    }

    public synchronized double battery() {
        return world.battery.charge();
    }

    /** Within the dock tolerance of the map's dock and standing still. */
    public synchronized boolean docked() {
        return world.docked();
    }

    /** The actual forward speed, m/s. */
    public synchronized double linearSpeed() {
        return world.body.linear;
    }

    /** The actual turn rate, rad/s. */
    public synchronized double angularSpeed() {
        return world.body.angular;
    }

    /** The set-point last received. */
    public synchronized DriveCommand commanded() {
        return world.body.commanded();
    }

    /** Steps taken since construction. */
    public synchronized long ticks() {
        return world.ticks;
    }

    /** Simulated time since construction. */
    public synchronized Duration elapsed() {
        return world.config.step().multipliedBy(world.ticks);
    }

    public SimConfig config() {
        return world.config;
    }

    /** The map the simulator was built from, with its doors as they were then. */
    public HomeMap map() {
        return world.map;
    }
}
