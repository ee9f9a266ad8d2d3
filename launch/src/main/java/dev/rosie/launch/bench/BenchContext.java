package dev.rosie.launch.bench;

import dev.rosie.core.RosieException;
import dev.rosie.launch.wiring.Ears;
import dev.rosie.launch.wiring.PlannerChoice;
import dev.rosie.launch.wiring.Planners;
import dev.rosie.perception.speech.ModelLocator;
import dev.rosie.perception.speech.SpeechBenchmark.Clip;
import dev.rosie.planner.embedding.ModelFiles;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What benchmarks share during one {@code rosie bench}: the budget, a scratch directory, and the
 * expensive things loaded once, on first use (the Vosk model with the apartment's grammar, the
 * embedded planner's MiniLM model, the synthesised speech), so that every entry measures them warm
 * and a quick run does not load a model twice. Closing releases the models and deletes the scratch
 * directory.
 */
public final class BenchContext implements AutoCloseable {
    /** The instant simulated worlds start at, so runs are comparable. */
    public static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

    private final Budget budget;
    private final Path scratch;
    private LoadedMap apartment;
    private Ears ears;
    private Planners.Built planner;
    private List<Clip> clips;
    private int dirs;

    public BenchContext(Budget budget, Path scratch) {
        this.budget = Objects.requireNonNull(budget, "budget");
        this.scratch = Objects.requireNonNull(scratch, "scratch");
    }

    public Budget budget() {
        return budget;
    }

    /** A new empty directory under the scratch directory. */
    public Path freshDir(String name) {
        try {
            return Files.createDirectories(scratch.resolve(name + "-" + (++dirs)));
        } catch (IOException e) {
            throw new RosieException("cannot create a scratch directory under " + scratch + ": " + e.getMessage(), false, e);
        }
    }

    /** The reference apartment with its residents. */
    public synchronized LoadedMap apartment() {
        if (apartment == null) {
            apartment = new RosieMapLoader(Clock.fixed(START, ZoneOffset.UTC)).referenceApartment();
        }
        return apartment;
    }

    /** The Vosk model with the reference apartment's command grammar. */
    public synchronized Ears ears() {
        if (ears == null) {
            ears = Ears.open(ModelLocator.standard(), apartment().map());
        }
        return ears;
    }

    /** The embedded planner (MiniLM), loaded once; closed with the context. */
    public synchronized Planners.Built embeddedPlanner() {
        if (planner == null) {
            planner = Planners.create(PlannerChoice.EMBEDDED, ModelFiles.defaultCacheRoot());
        }
        return planner;
    }

    /** The committed demo recording and the synthesised commands ({@link SpeechClips}). */
    public synchronized List<Clip> clips() {
        if (clips == null) {
            clips = SpeechClips.all(freshDir("speech"));
        }
        return clips;
    }

    @Override
    public synchronized void close() {
        try {
            if (ears != null) {
                ears.close();
            }
        } finally {
            try {
                if (planner != null) {
                    planner.close();
                }
            } finally {
                deleteTree(scratch);
            }
        }
    }

    /**
     * Best effort: a scratch directory left behind costs disk space, not figures, and must not cost
     * the results of a run that has already measured everything (it is git-ignored).
     */
    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("rosie: could not delete the benchmark's scratch directory " + dir + ": " + e.getMessage());
        }
    }
}
