package dev.rosie.launch.wiring;

import dev.rosie.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Rosie keeps its data, which map and policy it uses, and which planner. Every default works
 * offline with no configuration: the data directory is {@code --data}, else {@code $ROSIE_DATA},
 * else {@code ~/.rosie}; the map and policy default to the reference apartment's, shipped in the
 * jars; the planner defaults to the embedded one.
 */
public record Settings(Path dataDir, Optional<Path> mapFile, Optional<Path> policyFile, PlannerChoice planner,
        int maxReplans) {
    public static final String DATA_ENV = "ROSIE_DATA";

    /**
     * @param maxReplans how many new plans the robot asks for after failed steps of one command
     */
    public Settings {
        java.util.Objects.requireNonNull(dataDir, "dataDir");
        java.util.Objects.requireNonNull(mapFile, "mapFile");
        java.util.Objects.requireNonNull(policyFile, "policyFile");
        java.util.Objects.requireNonNull(planner, "planner");
        if (maxReplans < 0) {
            throw new InvalidInputException("max replans cannot be negative, not " + maxReplans);
        }
    }

    /** Settings with the default replanning cap. */
    public Settings(Path dataDir, Optional<Path> mapFile, Optional<Path> policyFile, PlannerChoice planner) {
        this(dataDir, mapFile, policyFile, planner, Robot.DEFAULT_MAX_REPLANS);
    }

    /** Settings with the default planner. */
    public Settings(Path dataDir, Optional<Path> mapFile, Optional<Path> policyFile) {
        this(dataDir, mapFile, policyFile, PlannerChoice.DEFAULT);
    }

    /** Resolves the data directory from an explicit option, the environment, then the home directory. */
    public static Path resolveDataDir(Path explicit, Map<String, String> env, String userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(DATA_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return Path.of(userHome, ".rosie").toAbsolutePath().normalize();
    }

    /** Creates {@code dir} if needed and checks that Rosie can write there, or says why not. */
    public static Path prepare(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new InvalidInputException("data directory " + dir + " is a file, not a directory; pass --data DIR");
            }
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new InvalidInputException("cannot create data directory " + dir + " (" + e.getMessage()
                    + "); pass --data DIR with a writable directory", e);
        }
        if (!Files.isReadable(dir) || !Files.isWritable(dir) || !Files.isExecutable(dir)) {
            throw new InvalidInputException("data directory " + dir + " is not readable and writable; pass --data DIR"
                    + " with a directory you own");
        }
        return dir;
    }
}
