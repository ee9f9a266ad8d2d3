package dev.rosie.launch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rosie map import|show}: which home the robot knows, and how it got there. */
@Command(name = "map", description = "Imports a map into the data directory, or shows the map Rosie uses.",
        subcommands = {MapImportCommand.class, MapShowCommand.class})
public final class MapCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a map subcommand is required: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
