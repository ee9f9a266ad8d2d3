package dev.rosie.ros.driver;

import dev.rosie.core.concurrent.Conditions;
import dev.rosie.core.robot.CameraFrame;
import dev.rosie.core.robot.Capability;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.Pose;
import dev.rosie.ros.msg.Image;
import dev.rosie.ros.msg.LaserScan;
import dev.rosie.ros.msg.Odometry;
import dev.rosie.ros.msg.RosBool;
import dev.rosie.ros.msg.RosFloat32;
import dev.rosie.ros.msg.Twist;
import dev.rosie.ros.node.Node;
import dev.rosie.ros.node.Publisher;
import dev.rosie.ros.node.Subscriber;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A ROS robot as Rosie's body. {@link #drive} publishes a {@code geometry_msgs/Twist} on
 * {@code cmd_vel} (forward speed in {@code linear.x}, turn rate in {@code angular.z}); {@link #read}
 * returns the latest odometry, scan, bumper, battery and dock state the robot published, stamped
 * by the injected clock. Odometry is in the robot's {@code odom} frame; {@code odomOrigin} is where
 * that frame's origin sits on Rosie's map (the identity when the robot is started on its dock and
 * the map's dock pose is its origin), so poses the executor sees are map poses.
 *
 * <p>Until the first odometry arrives the body reads as standing at the odom origin;
 * {@link #awaitOdometry} lets a caller wait for the robot to be heard before planning. A body
 * without a battery topic reads as fully charged, one without a dock topic as never docked.
 * Messages arrive on the node's connection threads; every piece of state is published safely to
 * the control thread.
 */
public final class RosDriver implements RobotDriver, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RosDriver.class.getName());

    private final Clock clock;
    private final Pose odomOrigin;
    private final Set<Capability> capabilities;
    private final Publisher<Twist> cmdVel;
    private final Optional<Publisher<RosBool>> suction;
    private final List<Subscriber<?>> subscribers = new ArrayList<>();
    private final AtomicLong commandsSent = new AtomicLong();
    private final Set<String> badEncodings = ConcurrentHashMap.newKeySet();

    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled whenever any sensor message arrives. */
    private final Condition changed = lock.newCondition();
    private long odometryCount;
    private long odometrySeq = -1;
    private Pose pose;
    private double linear;
    private double angular;
    private Optional<RangeScan> scan = Optional.empty();
    private boolean bumper;
    private double battery = 1.0;
    private boolean docked;
    private CameraFrame frame;

    public RosDriver(Node node, RosTopics topics, Clock clock, Pose odomOrigin) {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(topics, "topics");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.odomOrigin = Objects.requireNonNull(odomOrigin, "odomOrigin");
        this.pose = odomOrigin;
        EnumSet<Capability> caps = EnumSet.of(Capability.DRIVE);
        topics.suction().ifPresent(t -> caps.add(Capability.SUCTION));
        topics.camera().ifPresent(t -> caps.add(Capability.CAMERA));
        this.capabilities = Collections.unmodifiableSet(caps);

        this.cmdVel = node.newPublisher(topics.cmdVel(), Twist.TYPE);
        Optional<Publisher<RosBool>> suctionOut = Optional.empty();
        try {
            suctionOut = topics.suction().map(t -> node.newPublisher(t, RosBool.TYPE, true));
            Subscriber<Odometry> odom = node.newSubscriber(topics.odom(), Odometry.TYPE);
            odom.addMessageListener(this::onOdometry);
            subscribers.add(odom);
            Subscriber<LaserScan> scans = node.newSubscriber(topics.scan(), LaserScan.TYPE);
            scans.addMessageListener(this::onScan);
            subscribers.add(scans);
            topics.camera().ifPresent(t -> {
                Subscriber<Image> images = node.newSubscriber(t, Image.TYPE);
                images.addMessageListener(this::onImage);
                subscribers.add(images);
            });
            topics.bumper().ifPresent(t -> subscribe(node, t, RosBool.TYPE, m -> update(() -> bumper = m.data())));
            topics.battery().ifPresent(t -> subscribe(node, t, RosFloat32.TYPE, this::onBattery));
            topics.docked().ifPresent(t -> subscribe(node, t, RosBool.TYPE, m -> update(() -> docked = m.data())));
        } catch (RuntimeException e) {
            // Leave no half-registered driver behind on the graph.
            cmdVel.shutdown();
            suctionOut.ifPresent(Publisher::shutdown);
            subscribers.forEach(Subscriber::shutdown);
            throw e;
        }
        this.suction = suctionOut;
    }

    /** A driver whose odom frame is Rosie's map frame. */
    public RosDriver(Node node, RosTopics topics, Clock clock) {
        this(node, topics, clock, new Pose(0, 0, 0));
    }

    private <T> void subscribe(Node node, String topic, dev.rosie.ros.msg.MessageType<T> type,
            java.util.function.Consumer<T> handler) {
        Subscriber<T> s = node.newSubscriber(topic, type);
        s.addMessageListener(handler::accept);
        subscribers.add(s);
    }

    private void onOdometry(Odometry o) {
        Pose local = Conversions.pose(o);
        double c = Math.cos(odomOrigin.theta());
        double s = Math.sin(odomOrigin.theta());
        Pose onMap = new Pose(odomOrigin.x() + c * local.x() - s * local.y(), odomOrigin.y() + s * local.x() + c * local.y(),
                odomOrigin.theta() + local.theta());
        update(() -> {
            pose = onMap;
            linear = o.twist().twist().linear().x();
            angular = o.twist().twist().angular().z();
            odometryCount++;
            odometrySeq = o.header().seq();
        });
    }

    /** Changes sensor state under the lock and wakes anyone waiting on it. */
    private void update(Runnable change) {
        Conditions.signalAllAfter(lock, changed, change);
    }

    private void onScan(LaserScan s) {
        Optional<RangeScan> converted = Conversions.scan(s);
        update(() -> scan = converted);
    }

    private void onImage(Image image) {
        try {
            // Stamped by the image itself: the injected clock belongs to the control thread.
            CameraFrame f = Conversions.frame(image, image.header().stamp().toInstant(), currentPose());
            update(() -> frame = f);
        } catch (IllegalArgumentException e) {
            if (badEncodings.add(image.encoding())) {
                LOG.log(System.Logger.Level.WARNING, "ignoring camera images: " + e.getMessage());
            }
        }
    }

    private void onBattery(RosFloat32 m) {
        float v = m.data();
        if (v >= 0 && v <= 1) {
            update(() -> battery = v);
        } else {
            LOG.log(System.Logger.Level.WARNING, "ignoring battery reading " + v + ": expected a fraction from 0 to 1");
        }
    }

    private Pose currentPose() {
        lock.lock();
        try {
            return pose;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String name() {
        return "ros";
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public void drive(DriveCommand command) {
        Objects.requireNonNull(command, "command");
        cmdVel.publish(Twist.planar(command.linear(), command.angular()));
        commandsSent.incrementAndGet();
    }

    @Override
    public void suction(boolean on) {
        if (suction.isPresent()) {
            suction.get().publish(new RosBool(on));
            commandsSent.incrementAndGet();
        } else if (on) {
            throw new IllegalStateException("this ROS body has no suction topic; the executor should have checked SUCTION");
        }
    }

    @Override
    public SensorReading read() {
        lock.lock();
        try {
            return new SensorReading(clock.instant(), pose, linear, angular, bumper, battery, docked, false, scan);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<CameraFrame> camera() {
        lock.lock();
        try {
            return Optional.ofNullable(frame);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the current reading satisfies {@code condition}, re-checking as each sensor
     * message arrives; false if {@code timeout} passed first. Each topic has its own connection, so
     * after one topic's news the others may still be on their way: this is how to wait for them.
     */
    public boolean awaitReading(java.util.function.Predicate<SensorReading> condition, Duration timeout)
            throws InterruptedException {
        return Conditions.await(lock, changed, () -> condition.test(read()), timeout);
    }

    /** Waits until a camera frame has arrived; empty if {@code timeout} passed first. */
    public Optional<CameraFrame> awaitCamera(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            return Conditions.awaitHeld(changed, () -> frame != null, timeout) ? Optional.of(frame) : Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until at least one odometry message has arrived; false if {@code timeout} passed first. */
    public boolean awaitOdometry(Duration timeout) throws InterruptedException {
        return awaitOdometrySeq(Long.MIN_VALUE, timeout);
    }

    /**
     * Waits until an odometry message with {@code header.seq >= seq} has arrived: a lock-step loop
     * uses the body's step count as the sequence number to know the body's answer to a step is in.
     */
    public boolean awaitOdometrySeq(long seq, Duration timeout) throws InterruptedException {
        return Conditions.await(lock, changed, () -> odometryCount != 0 && odometrySeq >= seq, timeout);
    }

    /** How many commands (velocity and suction) this driver has published. */
    public long commandsSent() {
        return commandsSent.get();
    }

    /** Halts the robot, then leaves the topics. The node stays up: the caller owns it. */
    @Override
    public void close() {
        halt();
        cmdVel.shutdown();
        suction.ifPresent(Publisher::shutdown);
        subscribers.forEach(Subscriber::shutdown);
    }
}
