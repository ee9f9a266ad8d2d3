package dev.rosie.launch.cli;

import dev.rosie.remote.wire.EstopAction;
import picocli.CommandLine.Command;

/** {@code rosie remote release}: releases the emergency stop; the robot accepts only an owner's key. */
@Command(name = "release", description = "Releases the robot's emergency stop (owner key only).")
public final class RemoteReleaseCommand extends EstopRequestCommand {
    @Override
    EstopAction action() {
        return EstopAction.RELEASE;
    }
}
