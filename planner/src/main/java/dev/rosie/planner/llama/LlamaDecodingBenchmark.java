package dev.rosie.planner.llama;

import dev.rosie.planner.llm.ActionCatalog;
import dev.rosie.planner.llm.WorldVocabulary;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What grammar-constrained decoding costs: tokens per second with the plan grammar against free
 * decoding, same model, same prompt, same seeds. With the tiny random model the network itself is
 * almost free, so the figure isolates the grammar's own per-token work (the sampler checks every
 * vocabulary entry against the grammar's stacks); with a real model the same overhead is a much
 * smaller share. Warm-up runs are discarded; numbers go to a JSON file, never into assertions.
 */
public final class LlamaDecodingBenchmark {
    /** The prompt both modes continue: short, so the figure is decoding rather than prompt reading. */
    static final String PROMPT = "You are Rosie's planner. Answer with one JSON plan.\nCommand: clean the kitchen\nAnswer: ";
    /** Tokens per free run; the grammar runs stop where their plan ends. */
    static final int FREE_TOKENS = 128;

    /**
     * The reference apartment's names (fixed by the project's reference-apartment description), for
     * callers without a world at hand. The planner module cannot read the map itself.
     */
    public static final WorldVocabulary REFERENCE_NAMES = referenceNames();

    /** Tokens per second over {@code runs} measured completions of one mode. */
    public record Figure(String mode, int runs, long tokens, double minTokensPerSecond, double p50TokensPerSecond,
            double p99TokensPerSecond, double maxTokensPerSecond, double p50MillisPerToken) {
    }

    /**
     * @param overheadPercent how much longer a constrained token takes than a free one, at the median
     */
    public record Result(String model, long vocabularySize, int warmupRuns, Figure constrained, Figure unconstrained,
            double overheadPercent, long grammarMaxBytes) {
    }

    private LlamaDecodingBenchmark() {
    }

    /** Measures {@code gguf} with the reference apartment's names. */
    public static Result run(Path gguf, int runs) {
        return run(gguf, REFERENCE_NAMES, runs);
    }

    /** Writes the tiny random model to {@code dir} and measures it: what CI and {@code rosie bench} run. */
    public static Result runTiny(Path dir, int runs) {
        return runTiny(dir, runs, TinyGguf.Shape.standard());
    }

    /**
     * As above with another shape; {@link TinyGguf.Shape#wideVocabulary()} shows the grammar's cost
     * at a real model's vocabulary size.
     */
    public static Result runTiny(Path dir, int runs, TinyGguf.Shape shape) {
        String name = "rosie-tiny-random-" + TinyGguf.vocabulary(shape).size() + ".gguf";
        return run(new TinyGguf(shape, 1).write(dir.resolve(name)), runs);
    }

    public static Result run(Path gguf, WorldVocabulary vocabulary, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("a benchmark needs at least one run, not " + runs);
        }
        int warmup = Math.max(2, runs / 10);
        PlanGrammar.Compiled grammar = PlanGrammar.compile(ActionCatalog.actions(), vocabulary, Set.of("plan"),
                LlamaEngine::jsonSchemaToGrammar);
        try (LlamaEngine engine = LlamaEngine.load(gguf, new LlamaEngine.Options(2048, 1))) {
            int maxTokens = (int) grammar.maxBytes() + 1;
            Figure constrained = measure("grammar", warmup, runs,
                    seed -> engine.complete(PROMPT, Optional.of(grammar.gbnf()), seed, maxTokens, 1f));
            Figure free = measure("free", warmup, runs,
                    seed -> engine.complete(PROMPT, Optional.empty(), seed, FREE_TOKENS, 1f));
            double overhead = (constrained.p50MillisPerToken() / free.p50MillisPerToken() - 1) * 100;
            return new Result(gguf.getFileName().toString(), engine.info().vocabularySize().orElse(-1), warmup,
                    constrained, free, round(overhead), grammar.maxBytes());
        }
    }

    private interface Decode {
        LlamaEngine.Completion run(int seed);
    }

    private static Figure measure(String mode, int warmup, int runs, Decode decode) {
        for (int i = 0; i < warmup; i++) {
            decode.run(1_000 + i);
        }
        double[] tps = new double[runs];
        long tokens = 0;
        for (int i = 0; i < runs; i++) {
            LlamaEngine.Completion c = decode.run(i);
            tokens += c.tokens();
            tps[i] = c.tokens() / (c.nanos() / 1e9);
        }
        Arrays.sort(tps);
        double p50 = percentile(tps, 0.50);
        // The slowest runs are the low tokens-per-second ones: p99 is taken from the bottom.
        return new Figure(mode, runs, tokens, round(tps[0]), round(p50), round(percentile(tps, 0.01)),
                round(tps[runs - 1]), round(1000 / p50));
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** The result as the JSON object {@code rosie bench} and {@link #write} emit. */
    public static Map<String, Object> json(Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", "llama-grammar-decoding");
        json.put("model", result.model());
        json.put("vocabulary_size", result.vocabularySize());
        json.put("warmup_runs", result.warmupRuns());
        json.put("grammar_max_bytes", result.grammarMaxBytes());
        json.put("overhead_percent_p50", result.overheadPercent());
        for (Figure f : List.of(result.constrained(), result.unconstrained())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("runs", f.runs());
            m.put("tokens", f.tokens());
            m.put("min_tokens_per_s", f.minTokensPerSecond());
            m.put("p50_tokens_per_s", f.p50TokensPerSecond());
            m.put("p99_tokens_per_s", f.p99TokensPerSecond());
            m.put("max_tokens_per_s", f.maxTokensPerSecond());
            m.put("p50_ms_per_token", f.p50MillisPerToken());
            json.put(f.mode(), m);
        }
        json.put("note", "p99 is the slow tail: 99% of runs decoded at least this many tokens per second");
        return json;
    }

    /** Writes the result and the machine it was measured on as JSON. */
    public static void write(Result result, Path file) {
        dev.rosie.planner.bench.BenchJson.writeWithMachine(json(result), file);
    }

    private static WorldVocabulary referenceNames() {
        List<String> rooms = List.of("hallway", "living room", "kitchen", "bedroom", "nursery", "bathroom", "office",
                "balcony");
        List<String> doors = List.of("front door", "balcony door", "nursery door", "bathroom door");
        List<String> objects = List.of("sofa", "rug", "dining table", "glass vase", "bed", "laundry basket", "crib",
                "desk", "sock", "toy car", "laptop", "plant", "trash bin", "mop pads", "kitchen knife", "knife block",
                "bleach bottle", "stove", "medicine cabinet");
        List<String> places = new java.util.ArrayList<>(rooms);
        places.addAll(doors);
        places.addAll(List.of("stairs", "balcony edge"));
        places.addAll(objects);
        places.add("dock");
        return new WorldVocabulary(rooms, objects, doors, places);
    }
}
