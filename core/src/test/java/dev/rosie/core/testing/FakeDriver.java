package dev.rosie.core.testing;

import dev.rosie.core.robot.Capability;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ideal body for executor unit tests: a noiseless unicycle that tracks every command instantly
 * and exactly, never collides and never drains. It records what it was told, so a test asserts on
 * the commands an executor sent rather than on physics; use the simulator when physics matters.
 *
 * <p>{@link #step(Duration)} moves the body but never touches the clock: the test owns both and
 * advances them together. Sensors that a test wants to script (bumper, battery, docking) are set
 * by hand. Misuse fails loudly: driving without {@link Capability#DRIVE} or switching suction on
 * without {@link Capability#SUCTION} throws, because an executor must check capabilities first;
 * {@link #halt()} always works. Methods are synchronized so a test may call {@code halt()} from
 * another thread (an e-stop path) without a data race.
 */
public final class FakeDriver implements RobotDriver {
    /** The radius within which a stopped body counts as docked, as in the simulator. */
    public static final double DOCK_TOLERANCE = 0.15;

    private static final Set<Capability> DEFAULT_CAPABILITIES =
            Collections.unmodifiableSet(EnumSet.of(Capability.DRIVE, Capability.SUCTION));

    private final Clock clock;
    private final Set<Capability> capabilities;
    private final List<DriveCommand> commands = new ArrayList<>();
    private final List<Boolean> suctionCalls = new ArrayList<>();
    private Pose pose;
    private DriveCommand current = DriveCommand.ZERO;
    private boolean suctionOn;
    private boolean cliff;
    private boolean bumper;
    private double battery = 1.0;
    private Point dock;
    private double distance;
    private int reads;

    /** A body with {@link Capability#DRIVE} and {@link Capability#SUCTION}. */
    public FakeDriver(Pose start, Clock clock) {
        this(start, clock, DEFAULT_CAPABILITIES);
    }

    public FakeDriver(Pose start, Clock clock, Set<Capability> capabilities) {
        this.pose = Objects.requireNonNull(start, "start");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(capabilities, "capabilities");
        this.capabilities = capabilities.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Capability.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public synchronized void drive(DriveCommand command) {
        Objects.requireNonNull(command, "command");
        if (!command.isZero() && !capabilities.contains(Capability.DRIVE)) {
            throw new IllegalStateException("this body has no DRIVE capability (" + capabilities
                    + "); the executor should have checked before sending " + command);
        }
        commands.add(command);
        current = command;
    }

    @Override
    public synchronized void suction(boolean on) {
        if (on && !capabilities.contains(Capability.SUCTION)) {
            throw new IllegalStateException("this body has no SUCTION capability (" + capabilities
                    + "); the executor should have checked before switching it on");
        }
        suctionCalls.add(on);
        suctionOn = on;
    }

    /** The ideal body's speeds are the commanded ones; {@code at} is the clock's current instant. */
    @Override
    public synchronized SensorReading read() {
        reads++;
        return new SensorReading(clock.instant(), pose, current.linear(), current.angular(), bumper, battery, docked(),
                cliff, java.util.Optional.empty());
    }

    /**
     * Moves the body along the arc the current command describes, exactly: constant speed and turn
     * rate over {@code dt}. Does not advance the clock.
     */
    public synchronized void step(Duration dt) {
        Objects.requireNonNull(dt, "dt");
        if (dt.isNegative()) {
            throw new IllegalArgumentException("a step cannot go backwards in time: " + dt);
        }
        double seconds = dt.toNanos() / 1e9;
        double v = current.linear();
        double w = current.angular();
        double half = w * seconds / 2;
        // The chord of a circular arc: exact for any turn rate, and stable as w goes to zero.
        double chord = v * seconds * sinc(half);
        double heading = pose.theta() + half;
        pose = new Pose(pose.x() + chord * Math.cos(heading), pose.y() + chord * Math.sin(heading),
                pose.theta() + w * seconds);
        distance += Math.abs(v) * seconds;
    }

    private static double sinc(double x) {
        return Math.abs(x) < 1e-6 ? 1 - x * x / 6 : Math.sin(x) / x;
    }

    public synchronized Pose pose() {
        return pose;
    }

    /** Puts the body somewhere else, as a test's setup. */
    public synchronized void teleport(Pose newPose) {
        pose = Objects.requireNonNull(newPose, "newPose");
    }

    /** Every drive command received, in order, including the zero command {@link #halt()} sends. */
    public synchronized List<DriveCommand> commands() {
        return List.copyOf(commands);
    }

    /** The command the body is currently following. */
    public synchronized DriveCommand lastCommand() {
        return current;
    }

    /** Every suction call received, in order. */
    public synchronized List<Boolean> suctionCalls() {
        return List.copyOf(suctionCalls);
    }

    public synchronized boolean suctionOn() {
        return suctionOn;
    }

    /** True when the wheels are commanded to stop and the suction is off: the safe state. */
    public synchronized boolean halted() {
        return current.isZero() && !suctionOn;
    }

    /** Metres driven so far, counting reverse driving as distance too. */
    public synchronized double distanceTravelled() {
        return distance;
    }

    /** How many times {@link #read()} was called. */
    public synchronized int reads() {
        return reads;
    }

    /** Scripts the bumper: it reads pressed until released by the test. */
    /** Makes the cliff sensors report a drop (true) or floor (false) from the next read on. */
    public synchronized FakeDriver cliff(boolean overDrop) {
        cliff = overDrop;
        return this;
    }

    public synchronized FakeDriver pressBumper(boolean pressed) {
        bumper = pressed;
        return this;
    }

    /** Scripts the battery; the fake never drains or charges on its own. */
    public synchronized FakeDriver battery(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("battery is a fraction from 0 to 1, not " + fraction);
        }
        battery = fraction;
        return this;
    }

    /**
     * Places a dock: the body then reads docked while it is within {@link #DOCK_TOLERANCE} of it
     * and commanded to stand still. Without a dock it never reads docked.
     */
    public synchronized FakeDriver dockAt(Point position) {
        dock = Objects.requireNonNull(position, "position");
        return this;
    }

    public synchronized Optional<Point> dock() {
        return Optional.ofNullable(dock);
    }

    public synchronized boolean docked() {
        return dock != null && current.isZero() && pose.position().distanceTo(dock) <= DOCK_TOLERANCE;
    }
}
