package dev.rosie.launch.wiring;

import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.core.RosieException;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.remote.robot.EstopRequest;
import dev.rosie.remote.robot.EstopResult;
import dev.rosie.remote.robot.RobotPort;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The robot as the MQTT endpoint sees it. An e-stop is handled on the network thread, ahead of
 * anything queued: the latch is set (the executor reads it before it commands anything at the next
 * tick, and the runtime monitor refuses motion from that moment), the body is halted directly, the
 * state is recorded in the data directory, and the control loop is woken. Untrusted text is passed
 * to the loop for the journal.
 */
final class RemoteBridge implements RobotPort {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteBridge.class);

    private final Robot robot;
    private final EmergencyStop estop;
    private final ServeLoop loop;
    private final Path dataDir;

    RemoteBridge(Robot robot, ServeLoop loop, Path dataDir) {
        this.robot = robot;
        this.estop = robot.emergencyStop();
        this.loop = loop;
        this.dataDir = dataDir;
    }

    @Override
    public EstopResult estop(EstopRequest request) {
        return switch (request.action()) {
            case ENGAGE -> {
                estop.engage("remote e-stop (ref " + request.ref() + ")", request.source(), request.at());
                robot.haltNow();
                loop.wake();
                record();
                yield new EstopResult.Done(true, estop.state().map(e -> e.by().toString()).orElse(request.source().toString()));
            }
            case RELEASE -> switch (estop.release(request.source())) {
                case EmergencyStop.Release.Refused r -> new EstopResult.Refused("not-allowed", r.reason());
                case EmergencyStop.Release.Released r -> {
                    record();
                    loop.wake();
                    yield new EstopResult.Done(false, request.source().toString());
                }
                case EmergencyStop.Release.NotEngaged n -> new EstopResult.Done(false, request.source().toString());
            };
        };
    }

    private void record() {
        try {
            EstopRecord.save(dataDir, estop);
        } catch (RosieException e) {
            LOG.error("{}", e.getMessage()); // the latch itself holds in memory all the same
        }
    }

    @Override
    public void untrusted(UntrustedText text, String reason) {
        loop.untrusted(text, reason);
    }
}
