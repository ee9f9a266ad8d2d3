package dev.rosie.launch.cli;

import dev.rosie.core.InvalidInputException;
import dev.rosie.launch.wiring.PlannerChoice;
import dev.rosie.launch.wiring.Robot;
import dev.rosie.launch.wiring.RosieConfig;
import dev.rosie.launch.wiring.RosieConfigLoader;
import dev.rosie.launch.wiring.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options every subcommand shares. Each overrides the same setting in rosie.yaml ({@code --config},
 * else {@code $ROSIE_CONFIG}, else {@code <data dir>/rosie.yaml} if present), which overrides the
 * built-in defaults.
 */
public final class CommonOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (world database, logs, reports). Default: $ROSIE_DATA, else data in rosie.yaml, else ~/.rosie")
    Path data;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file. Default: $ROSIE_CONFIG, else DATA/rosie.yaml if it exists")
    Path config;

    @Option(names = "--map", paramLabel = "FILE",
            description = "Map file: Rosie YAML/JSON, or a ROS map_server YAML with NAME.overlay.yaml beside it. "
                    + "Default: the map imported with 'rosie map import', else the reference apartment")
    Path map;

    @Option(names = "--policy", paramLabel = "FILE", description = "Safety policy (YAML). Default: the reference policy")
    Path policy;

    @Option(names = "--planner", paramLabel = "NAME", converter = PlannerNameConverter.class,
            description = "Planner: embedded (MiniLM, offline; the default), rules (the rule-based fallback), openai"
                    + " (any OpenAI-compatible server: needs --llm-url and --llm-model) or llama (a GGUF model run"
                    + " in process: needs --model)")
    String planner;

    @Option(names = "--model", paramLabel = "FILE.gguf",
            description = "GGUF chat model for --planner llama (downloaded by you, e.g. from Hugging Face);"
                    + " overrides planner.model in rosie.yaml")
    Path model;

    @Mixin
    LlmOptions llm;

    @Option(names = "--debug", description = "Print stack traces for errors")
    boolean debug;

    private RosieConfig loaded;

    /** Checks {@code --planner NAME} while the command line is parsed, listing the accepted names. */
    static final class PlannerNameConverter implements picocli.CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return PlannerChoice.checkName(value);
            } catch (InvalidInputException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Settings for a robot whose world lives in {@code dataDir} (the demo uses a subdirectory of the data directory). */
    Settings settings(Path dataDir) {
        RosieConfig c = config();
        return new Settings(dataDir, Optional.ofNullable(map).or(c::map), Optional.ofNullable(policy).or(c::policy),
                plannerChoice(c), c.maxReplans().orElse(Robot.DEFAULT_MAX_REPLANS));
    }

    /** The map file from --map or rosie.yaml, if either names one. */
    Optional<Path> mapFile() {
        return Optional.ofNullable(map).or(() -> config().map());
    }

    /** The planner from --planner and the --llm-* options over rosie.yaml's planner section. */
    PlannerChoice plannerChoice() {
        return plannerChoice(config());
    }

    private PlannerChoice plannerChoice(RosieConfig c) {
        String name = PlannerChoice.checkName(Optional.ofNullable(planner).or(c::planner)
                .orElse(PlannerChoice.DEFAULT.wireName()));
        boolean openai = name.equals(PlannerChoice.OPENAI);
        boolean llama = name.equals(PlannerChoice.LLAMA);
        if (llm.given() && !openai) {
            throw new InvalidInputException("--llm-* options only apply to --planner openai, not " + name);
        }
        if (model != null && !llama) {
            throw new InvalidInputException("--model only applies to --planner llama, not " + name);
        }
        return PlannerChoice.of(name, openai ? llm.settings(c.llm()) : Optional.empty(),
                llama ? Optional.ofNullable(model).or(c::model) : Optional.empty());
    }

    Path dataDir() {
        Map<String, String> env = System.getenv();
        if (data == null && (env.get(Settings.DATA_ENV) == null || env.get(Settings.DATA_ENV).isBlank())) {
            Optional<Path> fromConfig = RosieConfigLoader.explicit(config, env).flatMap(f -> explicitConfig(f).data());
            if (fromConfig.isPresent()) {
                return fromConfig.get().toAbsolutePath().normalize();
            }
        }
        return Settings.resolveDataDir(data, env, System.getProperty("user.home"));
    }

    /** The configuration in force: the explicit file, else the data directory's rosie.yaml, else none. */
    RosieConfig config() {
        Optional<Path> explicit = RosieConfigLoader.explicit(config, System.getenv());
        if (explicit.isPresent()) {
            return explicitConfig(explicit.get());
        }
        if (loaded == null) {
            Path file = dataDir().resolve(RosieConfigLoader.FILE_NAME);
            loaded = Files.isRegularFile(file) ? new RosieConfigLoader().load(file) : RosieConfig.NONE;
            if (loaded.data().isPresent()) {
                throw new InvalidInputException("config file " + file + ": data: cannot be set in the rosie.yaml inside"
                        + " the data directory; use --config FILE or $ROSIE_CONFIG for a file that chooses it");
            }
        }
        return loaded;
    }

    private RosieConfig explicitConfig(Path file) {
        if (loaded == null) {
            loaded = new RosieConfigLoader().load(file);
        }
        return loaded;
    }
}
