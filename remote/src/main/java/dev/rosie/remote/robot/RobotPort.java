package dev.rosie.remote.robot;

import dev.rosie.core.command.UntrustedText;

/**
 * What the endpoint needs from the robot besides the {@link Inbox}. Both methods are called on an
 * MQTT callback thread and must return quickly without waiting for the control loop.
 */
public interface RobotPort {

    /** Engage or release the e-stop now; engaging must stop the body before returning. */
    EstopResult estop(EstopRequest request);

    /** Text that arrived but is not believed: keep it as data (journal it), never act on it. */
    void untrusted(UntrustedText text, String reason);
}
