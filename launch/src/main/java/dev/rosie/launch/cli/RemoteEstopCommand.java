package dev.rosie.launch.cli;

import dev.rosie.remote.wire.EstopAction;
import picocli.CommandLine.Command;

/** {@code rosie remote estop}: engages the robot's emergency stop (any owner or operator key). */
@Command(name = "estop", description = "Engages the robot's emergency stop (QoS 1) and waits for the robot to confirm.")
public final class RemoteEstopCommand extends EstopRequestCommand {
    @Override
    EstopAction action() {
        return EstopAction.ENGAGE;
    }
}
