package dev.rosie.remote;

import dev.rosie.core.command.Trust;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.remote.auth.Authenticator;
import dev.rosie.remote.auth.KeyRing;
import dev.rosie.remote.auth.RemoteKey;
import dev.rosie.remote.auth.ReplayGuard;
import dev.rosie.remote.auth.RequestSigner;
import dev.rosie.remote.client.RemoteClient;
import dev.rosie.remote.link.Backoff;
import dev.rosie.remote.link.BrokerSettings;
import dev.rosie.remote.robot.EstopRequest;
import dev.rosie.remote.robot.EstopResult;
import dev.rosie.remote.robot.Inbox;
import dev.rosie.remote.robot.RemoteEndpoint;
import dev.rosie.remote.robot.RobotPort;
import dev.rosie.remote.wire.EstopAction;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A robot endpoint on a real broker, with a data directory, an owner and an operator key, and a
 * recording stand-in for the robot's e-stop latch and journal (the real ones live in launch).
 */
public final class RemoteFixture implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(20);

    public final Path data;
    public final URI broker;
    private static final java.util.concurrent.atomic.AtomicInteger ROBOTS = new java.util.concurrent.atomic.AtomicInteger();
    public final Topics topics;
    public final RemoteKey owner;
    public final RemoteKey operator;
    public final Inbox inbox;
    public final ReplayGuard replays;
    public final RemoteEndpoint endpoint;
    public final List<UntrustedText> untrusted = new CopyOnWriteArrayList<>();
    public final List<EstopRequest> estops = new CopyOnWriteArrayList<>();
    public final AtomicBoolean engaged = new AtomicBoolean();

    /** A robot id no other test in this JVM uses, so persistent broker sessions never leak between tests. */
    public static String uniqueRobot() {
        return "r" + ProcessHandle.current().pid() + "-" + ROBOTS.incrementAndGet();
    }

    public RemoteFixture(Path data, URI broker, String robot) throws InterruptedException {
        this(data, broker, robot, Backoff.DEFAULT);
    }

    public RemoteFixture(Path data, URI broker, String robot, Backoff backoff) throws InterruptedException {
        this.data = data;
        this.topics = new Topics(robot);
        this.broker = broker;
        SecureRandom random = new SecureRandom();
        owner = KeyRing.generate(data, "alex", Trust.OWNER, random, Instant.now()).key();
        operator = KeyRing.generate(data, "ops", Trust.OPERATOR, random, Instant.now()).key();
        inbox = Inbox.open(data, 1000);
        replays = new ReplayGuard(Clock.systemUTC(), Duration.ofSeconds(60), 100_000,
                Optional.of(data.resolve("remote/nonces.log")));
        Authenticator auth = new Authenticator(topics.robot(), KeyRing.open(data), replays);
        endpoint = new RemoteEndpoint(BrokerSettings.plain(broker), topics, auth, inbox, Clock.systemUTC(), backoff);
        endpoint.start(new RobotPort() {
            @Override
            public EstopResult estop(EstopRequest request) {
                estops.add(request);
                if (request.action() == EstopAction.RELEASE && request.source().trust() != Trust.OWNER) {
                    return new EstopResult.Refused("not-allowed", "only an owner can release the e-stop");
                }
                engaged.set(request.action() == EstopAction.ENGAGE);
                return new EstopResult.Done(engaged.get(), request.source().toString());
            }

            @Override
            public void untrusted(UntrustedText text, String reason) {
                if (untrusted.size() < 100) {
                    untrusted.add(text);
                }
            }
        });
        if (!endpoint.awaitReady(WAIT)) {
            throw new IllegalStateException("endpoint did not connect: " + endpoint.controlLink().lastProblem());
        }
    }

    public RequestSigner signer(RemoteKey key) {
        return new RequestSigner(key, topics.robot(), Clock.systemUTC(), new SecureRandom());
    }

    public RemoteClient client() {
        return new RemoteClient(BrokerSettings.plain(broker), topics, EnumSet.of(RemoteClient.Follow.EVENTS,
                RemoteClient.Follow.REPLY, RemoteClient.Follow.STATUS)).connect(WAIT);
    }

    @Override
    public void close() {
        endpoint.close();
        replays.close();
    }
}
