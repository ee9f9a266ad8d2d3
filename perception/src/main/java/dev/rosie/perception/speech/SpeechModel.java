package dev.rosie.perception.speech;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.RosieException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

/**
 * A loaded Vosk model (acoustic model, graph, i-vector extractor) and its vocabulary. Loading takes
 * about a second and some 100 MB of native memory, so one model is shared by every recogniser of a
 * process. Thread-safe once loaded: Vosk lets many recognisers use one model.
 */
public final class SpeechModel implements AutoCloseable {
    /** The rate every Rosie recogniser runs at; audio is converted to it first. */
    public static final int SAMPLE_RATE = 16_000;

    private final Path dir;
    private final Model model;
    private final Lexicon lexicon;

    private SpeechModel(Path dir, Model model, Lexicon lexicon) {
        this.dir = dir;
        this.model = model;
        this.lexicon = lexicon;
    }

    /** Loads the model in {@code dir}, or says what is missing from it. */
    public static SpeechModel load(Path dir) {
        Objects.requireNonNull(dir, "dir");
        List<String> missing = new ArrayList<>();
        for (String part : List.of("am/final.mdl", "conf/model.conf", "conf/mfcc.conf", "ivector/final.ie")) {
            if (!Files.isRegularFile(dir.resolve(part))) {
                missing.add(part);
            }
        }
        boolean graph = Files.isRegularFile(dir.resolve("graph/HCLG.fst"))
                || Files.isRegularFile(dir.resolve("graph/HCLr.fst")) && Files.isRegularFile(dir.resolve("graph/Gr.fst"));
        if (!graph) {
            missing.add("graph/HCLG.fst or graph/HCLr.fst + graph/Gr.fst");
        }
        if (!Files.isDirectory(dir) || !missing.isEmpty()) {
            throw new InvalidInputException("speech model directory " + dir + (Files.isDirectory(dir)
                    ? " is incomplete; missing " + String.join(", ", missing) : " does not exist")
                    + " (it should hold an unpacked Vosk model such as the one the build puts in rosie-perception's jar)");
        }
        Lexicon lexicon = Lexicon.read(dir);
        quietNativeLog();
        try {
            return new SpeechModel(dir, new Model(dir.toString()), lexicon);
        } catch (IOException e) {
            throw new RosieException("Vosk could not load the speech model in " + dir + ": " + e.getMessage(), false, e);
        }
    }

    /** Kaldi logs every model load at INFO to stderr; keep warnings, which matter. */
    private static void quietNativeLog() {
        LibVosk.setLogLevel(LogLevel.WARNINGS);
    }

    public Path directory() {
        return dir;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    Model vosk() {
        return model;
    }

    @Override
    public void close() {
        model.close();
    }
}
