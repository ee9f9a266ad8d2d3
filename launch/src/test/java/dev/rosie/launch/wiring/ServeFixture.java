package dev.rosie.launch.wiring;

import dev.rosie.core.command.Trust;
import dev.rosie.remote.Topics;
import dev.rosie.remote.auth.KeyRing;
import dev.rosie.remote.auth.RemoteKey;
import dev.rosie.remote.auth.RequestSigner;
import dev.rosie.remote.client.RemoteClient;
import dev.rosie.remote.link.Backoff;
import dev.rosie.remote.link.BrokerSettings;
import dev.rosie.remote.robot.RemoteCommand;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@code rosie serve} in this JVM: the robot service on its own thread, plus an owner and an operator key. */
final class ServeFixture implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(60);

    final Path data;
    final RobotService service;
    final RemoteKey owner;
    final RemoteKey operator;
    final Topics topics = new Topics("rosie");
    final List<Turn> finished = new CopyOnWriteArrayList<>();
    private final Thread loop;

    ServeFixture(Path data, Optional<BrokerSettings> broker, double speed) throws InterruptedException {
        this.data = data;
        owner = KeyRing.generate(data, "alex", Trust.OWNER, new SecureRandom(), Instant.now()).key();
        operator = KeyRing.generate(data, "ops", Trust.OPERATOR, new SecureRandom(), Instant.now()).key();
        RobotService.Options options = new RobotService.Options(broker, 0, topics.robot(), speed, Duration.ofMillis(50),
                Duration.ofSeconds(60), new Backoff(Duration.ofMillis(50), Duration.ofMillis(500)));
        service = RobotService.start(new Settings(data, Optional.empty(), Optional.empty()), options,
                new ServeLoop.Listener() {
                    @Override
                    public void started(RemoteCommand command) {
                    }

                    @Override
                    public void finished(RemoteCommand command, Turn turn) {
                        finished.add(turn);
                    }
                }, TurnListener.silent(), ZoneOffset.UTC);
        loop = new Thread(service::run, "serve-loop");
        loop.start();
        if (!service.awaitConnected(WAIT)) {
            throw new IllegalStateException("the robot did not connect: " + service.endpoint().controlLink().lastProblem());
        }
    }

    RequestSigner signer(RemoteKey key) {
        return new RequestSigner(key, topics.robot(), Clock.systemUTC(), new SecureRandom());
    }

    RemoteClient client() {
        return new RemoteClient(BrokerSettings.plain(service.brokerUri()), topics,
                EnumSet.allOf(RemoteClient.Follow.class)).connect(WAIT);
    }

    @Override
    public void close() throws InterruptedException {
        service.stop();
        loop.join(WAIT.toMillis());
        service.close();
    }
}
