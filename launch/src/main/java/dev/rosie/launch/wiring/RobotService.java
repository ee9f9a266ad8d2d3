package dev.rosie.launch.wiring;

import dev.rosie.remote.Topics;
import dev.rosie.remote.auth.Authenticator;
import dev.rosie.remote.auth.KeyRing;
import dev.rosie.remote.auth.ReplayGuard;
import dev.rosie.remote.broker.EmbeddedBroker;
import dev.rosie.remote.link.Backoff;
import dev.rosie.remote.link.BrokerSettings;
import dev.rosie.remote.robot.Inbox;
import dev.rosie.remote.robot.RemoteEndpoint;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code rosie serve} assembled: the robot on its persistent world, a broker (embedded unless one
 * is given), the MQTT endpoint with its keys, replay guard and inbox, and the {@link ServeLoop}.
 * {@link #run()} blocks on the control loop until {@link #stop()}; {@link #close()} then stops the
 * robot, publishes the retained "offline" status, disconnects and closes the world.
 */
public final class RobotService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RobotService.class);
    public static final int INBOX_CAPACITY = 1000;
    public static final int REPLAY_CAPACITY = 100_000;

    /**
     * How to serve.
     *
     * @param broker an external broker; empty starts the embedded one on 127.0.0.1:{@code embeddedPort}
     * @param speed simulated seconds per wall second (1 is real time)
     * @param telemetryPeriod wall-clock time between telemetry messages
     * @param replayWindow how far a request's timestamp may be from the robot's clock
     */
    public record Options(Optional<BrokerSettings> broker, int embeddedPort, String robot, double speed,
            Duration telemetryPeriod, Duration replayWindow, Backoff backoff) {
        public Options {
            Objects.requireNonNull(broker, "broker");
            new Topics(robot);
            if (embeddedPort < 0 || embeddedPort > 65535) {
                throw new dev.rosie.core.InvalidInputException("--mqtt-port must be 0-65535, not " + embeddedPort);
            }
            if (!(speed > 0) || speed > 1000) {
                throw new dev.rosie.core.InvalidInputException("--speed must be more than 0 and at most 1000, not " + speed);
            }
        }
    }

    private final Robot robot;
    private final Optional<EmbeddedBroker> embedded;
    private final BrokerSettings brokerSettings;
    private final ReplayGuard replays;
    private final KeyRing keys;
    private final Inbox inbox;
    private final RemoteEndpoint endpoint;
    private final ServeLoop loop;
    private final Optional<RosLink> ros;
    private final Optional<String> rosProblem;
    private boolean closed;

    private RobotService(Robot robot, Optional<EmbeddedBroker> embedded, BrokerSettings brokerSettings, ReplayGuard replays,
            KeyRing keys, Inbox inbox, RemoteEndpoint endpoint, ServeLoop loop, Optional<RosLink> ros,
            Optional<String> rosProblem) {
        this.ros = ros;
        this.rosProblem = rosProblem;
        this.robot = robot;
        this.embedded = embedded;
        this.brokerSettings = brokerSettings;
        this.replays = replays;
        this.keys = keys;
        this.inbox = inbox;
        this.endpoint = endpoint;
        this.loop = loop;
    }

    /**
     * Opens the robot in {@code settings}' data directory (taking its lock), starts the broker if
     * needed and connects. The connection is made in the background: an external broker that is
     * down is retried with backoff while the robot runs.
     */
    public static RobotService start(Settings settings, Options options, ServeLoop.Listener listener,
            TurnListener console, ZoneId zone) {
        return start(settings, options, Optional.empty(), listener, console, zone);
    }

    /**
     * As above, and with {@code ros} the robot also joins a ROS 1 graph ({@link RosLink}). A master
     * that cannot be reached is logged and reported by {@link #rosProblem()}; serving goes on over MQTT.
     */
    public static RobotService start(Settings settings, Options options, Optional<RosLink.Options> ros,
            ServeLoop.Listener listener, TurnListener console, ZoneId zone) {
        Path data = Settings.prepare(settings.dataDir());
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            Topics topics = new Topics(options.robot());
            KeyRing keys = KeyRing.open(data);
            Inbox inbox = Inbox.open(data, INBOX_CAPACITY);
            Clock wall = Clock.systemUTC();
            ReplayGuard replays = new ReplayGuard(wall, options.replayWindow(), REPLAY_CAPACITY,
                    Optional.of(data.resolve("remote").resolve("nonces.log")));
            opened.add(replays);
            Optional<EmbeddedBroker> embedded = options.broker().isPresent() ? Optional.empty()
                    : Optional.of(EmbeddedBroker.start("127.0.0.1", options.embeddedPort(), Optional.empty()));
            embedded.ifPresent(opened::add);
            BrokerSettings broker = options.broker().orElseGet(() -> BrokerSettings.plain(embedded.orElseThrow().uri()));
            RemoteEndpoint endpoint = new RemoteEndpoint(broker, topics, new Authenticator(topics.robot(), keys, replays),
                    inbox, wall, options.backoff());
            RemoteEvents events = new RemoteEvents(endpoint.publisher(), keys::find);
            Optional<RosLink> link = ros.map(RosLink::new);
            TurnListener turns = TurnListener.both(console, events);
            // A served robot keeps looking around (every few seconds of real time) unless configured otherwise.
            Robot robot = new RobotFactory(settings, zone, CameraSettings.standard(CameraSettings.DEFAULT)).open(Instant.now(),
                    link.<TurnListener>map(l -> TurnListener.both(turns, l)).orElse(turns));
            opened.add(robot);
            ServeLoop loop = new ServeLoop(robot, inbox, endpoint.publisher(), events, listener, options.speed(),
                    options.telemetryPeriod(), System::nanoTime, link.<StepHook>map(l -> l).orElse(StepHook.NONE));
            inbox.onOffer(loop::wake);
            Optional<String> rosProblem = Optional.empty();
            if (link.isPresent()) {
                opened.add(link.get());
                rosProblem = link.get().connect(robot.body(), loop, inbox);
            }
            endpoint.start(new RemoteBridge(robot, loop, data));
            return new RobotService(robot, embedded, broker, replays, keys, inbox, endpoint, loop, link, rosProblem);
        } catch (RuntimeException e) {
            for (int i = opened.size() - 1; i >= 0; i--) {
                try {
                    opened.get(i).close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    public URI brokerUri() {
        return brokerSettings.uri();
    }

    public boolean embeddedBroker() {
        return embedded.isPresent();
    }

    public Robot robot() {
        return robot;
    }

    public RemoteEndpoint endpoint() {
        return endpoint;
    }

    public Inbox inbox() {
        return inbox;
    }

    /** The ROS link, if serving with {@code --ros} (joined or not: see {@link #rosProblem()}). */
    public Optional<RosLink> ros() {
        return ros;
    }

    /** Why the robot did not join the ROS graph it was asked to join; empty if it joined or was not asked. */
    public Optional<String> rosProblem() {
        return rosProblem;
    }

    public KeyRing keys() {
        return keys;
    }

    /** Waits until the endpoint is connected and subscribed. */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        return endpoint.awaitReady(timeout);
    }

    /** Runs the control loop on this thread until {@link #stop()}. */
    public void run() {
        loop.run();
    }

    /** Asks {@link #run()} to return; safe from any thread, e.g. a signal handler. */
    public void stop() {
        loop.stop();
    }

    /** Stops everything in order; the robot's last status ("offline", retained) is published first. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        loop.stop();
        endpoint.close(endpoint.publisher().lastStatus().offline("shutdown"), Duration.ofSeconds(3));
        replays.close();
        ros.ifPresent(RosLink::close);
        embedded.ifPresent(EmbeddedBroker::close);
        robot.close();
        LOG.info("robot stopped");
    }
}
