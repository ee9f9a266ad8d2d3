package dev.rosie.launch.wiring;

import dev.rosie.core.RosieException;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.remote.robot.EstopRequest;
import dev.rosie.remote.robot.EstopResult;
import dev.rosie.remote.robot.RobotPort;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The robot as the MQTT endpoint sees it. An e-stop is handled on the network thread, ahead of
 * anything queued: the latch is set (the control loop reads it before its next tick), the body is
 * halted directly, and the loop is woken. Untrusted text is passed to the loop for the journal.
 */
final class RemoteBridge implements RobotPort {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteBridge.class);

    private final Robot robot;
    private final EstopLatch latch;
    private final ServeLoop loop;

    RemoteBridge(Robot robot, EstopLatch latch, ServeLoop loop) {
        this.robot = robot;
        this.latch = latch;
        this.loop = loop;
    }

    @Override
    public EstopResult estop(EstopRequest request) {
        switch (request.action()) {
            case ENGAGE -> {
                try {
                    latch.engage(request.source(), request.at());
                } catch (RosieException e) {
                    LOG.error("{}", e.getMessage()); // engaged in memory all the same
                }
                robot.haltNow();
                loop.wake();
                return new EstopResult.Done(true, latch.state().by());
            }
            case RELEASE -> {
                Optional<String> refused;
                try {
                    refused = latch.release(request.source(), request.at());
                } catch (RosieException e) {
                    LOG.error("{}", e.getMessage());
                    refused = Optional.empty();
                }
                if (refused.isPresent()) {
                    return new EstopResult.Refused("not-allowed", refused.get());
                }
                loop.wake();
                return new EstopResult.Done(latch.engaged(), latch.state().by());
            }
        }
        throw new IllegalStateException("unreachable");
    }

    @Override
    public void untrusted(UntrustedText text, String reason) {
        loop.untrusted(text, reason);
    }
}
