package dev.rosie.launch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rosie remote ...}: keys, signed commands, the e-stop and live telemetry over MQTT. */
@Command(name = "remote", description = "Talks to a robot over MQTT: keygen, send, estop, release, watch.",
        subcommands = {RemoteKeygenCommand.class, RemoteSendCommand.class, RemoteEstopCommand.class,
                RemoteReleaseCommand.class, RemoteWatchCommand.class, CommandLine.HelpCommand.class})
public final class RemoteCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
