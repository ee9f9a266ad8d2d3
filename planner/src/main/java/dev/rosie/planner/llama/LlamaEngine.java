package dev.rosie.planner.llama;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.LogLevel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import de.kherud.llama.args.LogFormat;
import dev.rosie.core.InvalidInputException;
import dev.rosie.core.RosieException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One GGUF model loaded into llama.cpp (through de.kherud's binding), used by one caller at a time.
 * The file is checked in Java first ({@link GgufCheck}) so a bad file is a clear error, not a crash
 * in native code. llama.cpp's own chatter goes to {@link System.Logger} instead of stdout.
 *
 * <p>After {@link #close()} the binding leaves a non-daemon thread behind, so a command-line
 * process that used an engine must end with an explicit {@code System.exit}.
 */
public final class LlamaEngine implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LlamaEngine.class.getName());

    /**
     * @param contextSize tokens of context to allocate (prompt plus answer); capped at what the model was trained on
     * @param threads CPU threads for decoding
     */
    public record Options(int contextSize, int threads) {
        public Options {
            if (contextSize < 256) {
                throw new IllegalArgumentException("a context below 256 tokens cannot hold a planner prompt; got " + contextSize);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("decoding needs at least one thread; got " + threads);
            }
        }

        public static Options defaults() {
            return new Options(8192, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        }
    }

    /** A finished completion; {@code tokens} counts the streamed pieces, one per decoded token. */
    public record Completion(String text, int tokens, long nanos) {
        public Completion {
            Objects.requireNonNull(text, "text");
        }
    }

    private final GgufCheck.Info info;
    private final LlamaModel model;
    private final int contextSize;
    private boolean closed;

    private LlamaEngine(GgufCheck.Info info, LlamaModel model, int contextSize) {
        this.info = info;
        this.model = model;
        this.contextSize = contextSize;
    }

    /** Checks and loads {@code gguf}; a file llama.cpp cannot use is a {@link RosieException} naming it. */
    public static LlamaEngine load(Path gguf, Options options) {
        GgufCheck.Info info = GgufCheck.check(gguf);
        int context = info.contextLength().isPresent()
                ? (int) Math.min(options.contextSize(), Math.max(256, info.contextLength().getAsLong()))
                : options.contextSize();
        quietNativeLog();
        try {
            LlamaModel model = new LlamaModel(new ModelParameters().setModel(gguf.toString()).setCtxSize(context)
                    .setThreads(options.threads()).setThreadsBatch(options.threads()).setParallel(1)
                    .disableLog());
            return new LlamaEngine(info, model, context);
        } catch (RuntimeException e) {
            throw new InvalidInputException("model file " + gguf + ": llama.cpp could not load it ("
                    + info.architecture() + " architecture): " + e.getMessage(), e);
        }
    }

    private static void quietNativeLog() {
        LlamaNatives.prepare();
        LlamaModel.setLogger(LogFormat.TEXT, (level, message) -> {
            if (level == LogLevel.ERROR || level == LogLevel.WARN) {
                LOG.log(System.Logger.Level.DEBUG, () -> "llama.cpp " + level + ": " + message.strip());
            }
        });
    }

    public Path file() {
        return info.file();
    }

    /** What the pre-load check read from the file (architecture, context length, vocabulary size). */
    public GgufCheck.Info info() {
        return info;
    }

    public int contextSize() {
        return contextSize;
    }

    /** The model's own chat template applied to a system and a user message, ready for the assistant's turn. */
    public synchronized String chatPrompt(String system, String user) {
        requireOpen();
        InferenceParameters p = new InferenceParameters("").setUseChatTemplate(true)
                .setMessages(system, List.of(new Pair<>("user", user)));
        return model.applyTemplate(p);
    }

    /** How many tokens {@code text} is for this model. */
    public synchronized int countTokens(String text) {
        requireOpen();
        return model.encode(text).length;
    }

    /** Converts a JSON schema to a llama.cpp GBNF grammar with llama.cpp's own converter. */
    public static String jsonSchemaToGrammar(String schema) {
        LlamaNatives.prepare();
        return LlamaModel.jsonSchemaToGrammar(schema);
    }

    /**
     * Completes {@code prompt}; with a grammar, only text the grammar accepts can be sampled.
     *
     * @param seed the sampler's seed: the same prompt, grammar and seed give the same text
     */
    public synchronized Completion complete(String prompt, Optional<String> grammar, int seed, int maxTokens,
            float temperature) {
        requireOpen();
        InferenceParameters p = new InferenceParameters(prompt).setNPredict(maxTokens).setSeed(seed)
                .setTemperature(temperature).setCachePrompt(true);
        grammar.ifPresent(p::setGrammar);
        StringBuilder text = new StringBuilder();
        int tokens = 0;
        long start = System.nanoTime();
        try {
            for (LlamaOutput out : model.generate(p)) {
                text.append(out.text);
                tokens++;
            }
        } catch (RuntimeException e) {
            throw new RosieException("llama.cpp failed while decoding with " + info.file() + ": " + e.getMessage(), false, e);
        }
        return new Completion(text.toString(), tokens, System.nanoTime() - start);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the llama engine for " + info.file() + " is closed");
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            model.close();
        }
    }
}
