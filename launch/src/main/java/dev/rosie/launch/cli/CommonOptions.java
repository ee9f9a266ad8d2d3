package dev.rosie.launch.cli;

import dev.rosie.core.InvalidInputException;
import dev.rosie.launch.wiring.PlannerChoice;
import dev.rosie.launch.wiring.Settings;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options every subcommand shares. */
public final class CommonOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (world database, logs, reports). Default: $ROSIE_DATA, else ~/.rosie")
    Path data;

    @Option(names = "--map", paramLabel = "FILE",
            description = "Map file: Rosie YAML/JSON, or a ROS map_server YAML with NAME.overlay.yaml beside it. "
                    + "Default: the map imported with 'rosie map import', else the reference apartment")
    Path map;

    @Option(names = "--policy", paramLabel = "FILE", description = "Safety policy (YAML). Default: the reference policy")
    Path policy;

    @Option(names = "--planner", paramLabel = "NAME", defaultValue = "embedded", converter = PlannerConverter.class,
            description = "Planner: embedded (MiniLM, offline; the default) or rules (the rule-based fallback)")
    PlannerChoice planner;

    @Option(names = "--debug", description = "Print stack traces for errors")
    boolean debug;

    Settings settings(Path dataDir) {
        return new Settings(dataDir, Optional.ofNullable(map), Optional.ofNullable(policy), planner);
    }

    /** Turns {@code --planner NAME} into a choice, or a usage error that lists the accepted names. */
    static final class PlannerConverter implements CommandLine.ITypeConverter<PlannerChoice> {
        @Override
        public PlannerChoice convert(String value) {
            try {
                return PlannerChoice.parse(value);
            } catch (InvalidInputException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    Path dataDir() {
        return Settings.resolveDataDir(data, System.getenv(), System.getProperty("user.home"));
    }
}
