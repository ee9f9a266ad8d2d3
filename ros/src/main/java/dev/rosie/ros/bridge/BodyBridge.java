package dev.rosie.ros.bridge;

import dev.rosie.core.concurrent.Conditions;
import dev.rosie.core.robot.Capability;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.ros.driver.Conversions;
import dev.rosie.ros.driver.RosTopics;
import dev.rosie.ros.msg.Header;
import dev.rosie.ros.msg.Image;
import dev.rosie.ros.msg.LaserScan;
import dev.rosie.ros.msg.Odometry;
import dev.rosie.ros.msg.RosBool;
import dev.rosie.ros.msg.RosFloat32;
import dev.rosie.ros.msg.RosTime;
import dev.rosie.ros.msg.Twist;
import dev.rosie.ros.node.MessageListener;
import dev.rosie.ros.node.Node;
import dev.rosie.ros.node.Publisher;
import dev.rosie.ros.node.Subscriber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serves a Rosie body as a ROS robot. Commands arriving on {@code cmd_vel} and {@code suction} are
 * held until the owner's loop calls {@link #applyCommands()}, so a tick-driven body (the
 * simulator) is only ever touched from its own thread; {@link #publishState()} reads the body and
 * publishes odometry (with {@code header.seq} counting publications), the scan, bumper, battery,
 * dock state and camera frame. Every state topic is latched, so a subscriber that connects
 * between two steps still gets the latest state. A {@code cmd_vel} with non-finite values is refused with a log
 * line naming its sender.
 */
public final class BodyBridge implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BodyBridge.class.getName());

    /** Frame names stamped on published messages. */
    public record Frames(String odom, String base, String laser, String camera) {
        public static final Frames DEFAULT = new Frames("odom", "base_link", "base_scan", "camera");
    }

    private final RobotDriver body;
    private final Frames frames;
    private final Subscriber<Twist> cmdVel;
    private final Optional<Subscriber<RosBool>> suctionIn;
    private final Publisher<Odometry> odom;
    private final Publisher<LaserScan> scan;
    private final Optional<Publisher<Image>> camera;
    private final Optional<Publisher<RosBool>> bumper;
    private final Optional<Publisher<RosFloat32>> battery;
    private final Optional<Publisher<RosBool>> docked;
    private final AtomicReference<DriveCommand> pendingDrive = new AtomicReference<>();
    private final AtomicReference<Boolean> pendingSuction = new AtomicReference<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition commandArrived = lock.newCondition();
    private long commandsReceived;
    private long seq;

    public BodyBridge(Node node, RobotDriver body, RosTopics topics, Frames frames) {
        Objects.requireNonNull(node, "node");
        this.body = Objects.requireNonNull(body, "body");
        this.frames = Objects.requireNonNull(frames, "frames");
        // All latched: each is the body's current state, and a controller that connects late (or one
        // topic's connection finishing after another's) must hear it at once, not a step later.
        this.odom = node.newPublisher(topics.odom(), Odometry.TYPE, true);
        this.scan = node.newPublisher(topics.scan(), LaserScan.TYPE, true);
        this.camera = body.capabilities().contains(Capability.CAMERA)
                ? topics.camera().map(t -> node.newPublisher(t, Image.TYPE, true)) : Optional.empty();
        this.bumper = topics.bumper().map(t -> node.newPublisher(t, RosBool.TYPE, true));
        this.battery = topics.battery().map(t -> node.newPublisher(t, RosFloat32.TYPE, true));
        this.docked = topics.docked().map(t -> node.newPublisher(t, RosBool.TYPE, true));
        this.cmdVel = node.newSubscriber(topics.cmdVel(), Twist.TYPE);
        cmdVel.addMessageListener(new MessageListener<>() {
            @Override
            public void onNewMessage(Twist message) {
                onNewMessage(message, "?");
            }

            @Override
            public void onNewMessage(Twist t, String publisher) {
                onCmdVel(t, publisher);
            }
        });
        this.suctionIn = body.capabilities().contains(Capability.SUCTION)
                ? topics.suction().map(t -> node.newSubscriber(t, RosBool.TYPE)) : Optional.empty();
        suctionIn.ifPresent(s -> s.addMessageListener(m -> {
            pendingSuction.set(m.data());
            counted();
        }));
    }

    private void onCmdVel(Twist t, String publisher) {
        DriveCommand command;
        try {
            command = new DriveCommand(t.linear().x(), t.angular().z());
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "ignored cmd_vel from " + publisher + ": " + e.getMessage());
            counted();
            return;
        }
        pendingDrive.set(command);
        counted();
    }

    private void counted() {
        Conditions.signalAllAfter(lock, commandArrived, () -> commandsReceived++);
    }

    /** Hands the latest commands to the body; call from the body's own loop. */
    public void applyCommands() {
        DriveCommand drive = pendingDrive.getAndSet(null);
        if (drive != null) {
            body.drive(drive);
        }
        Boolean suction = pendingSuction.getAndSet(null);
        if (suction != null) {
            body.suction(suction);
        }
    }

    /** Reads the body and publishes what it senses. Returns the odometry sequence number used. */
    public long publishState() {
        SensorReading r = body.read();
        seq++;
        RosTime stamp = RosTime.of(r.at());
        r.scan().ifPresent(s -> scan.publish(Conversions.laserScan(new Header(seq, stamp, frames.laser()), s, 0f)));
        bumper.ifPresent(p -> p.publish(new RosBool(r.bumper())));
        battery.ifPresent(p -> p.publish(new RosFloat32((float) r.battery())));
        docked.ifPresent(p -> p.publish(new RosBool(r.docked())));
        camera.ifPresent(p -> body.camera().ifPresent(f -> p.publish(Conversions.image(new Header(seq, stamp, frames.camera()), f))));
        // Odometry last: a listener that waits for this step's odometry has usually had the rest already.
        odom.publish(Conversions.odometry(new Header(seq, stamp, frames.odom()), frames.base(), r.odometry(), r.linear(),
                r.angular()));
        return seq;
    }

    /** How many command messages (drive and suction, valid or not) have arrived so far. */
    public long commandsReceived() {
        lock.lock();
        try {
            return commandsReceived;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until at least {@code n} command messages have arrived; false if the timeout passed first. */
    public boolean awaitCommands(long n, Duration timeout) throws InterruptedException {
        return Conditions.await(lock, commandArrived, () -> commandsReceived >= n, timeout);
    }

    /** The cmd_vel subscriber, e.g. to wait until a controller has connected. */
    public Subscriber<Twist> cmdVel() {
        return cmdVel;
    }

    /** Stops the body and leaves the topics; the node stays up. */
    @Override
    public void close() {
        body.halt();
        List<Runnable> closers = new ArrayList<>();
        closers.add(cmdVel::shutdown);
        suctionIn.ifPresent(s -> closers.add(s::shutdown));
        closers.add(odom::shutdown);
        closers.add(scan::shutdown);
        camera.ifPresent(p -> closers.add(p::shutdown));
        bumper.ifPresent(p -> closers.add(p::shutdown));
        battery.ifPresent(p -> closers.add(p::shutdown));
        docked.ifPresent(p -> closers.add(p::shutdown));
        closers.forEach(Runnable::run);
    }
}
