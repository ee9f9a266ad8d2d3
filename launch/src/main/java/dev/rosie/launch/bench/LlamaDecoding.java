package dev.rosie.launch.bench;

import dev.rosie.core.bench.Stats;
import dev.rosie.planner.llama.LlamaDecodingBenchmark;
import dev.rosie.planner.llama.TinyGguf;
import java.util.List;

/**
 * Grammar-constrained decoding overhead in llama.cpp, measured by planner's
 * {@link LlamaDecodingBenchmark} on the tiny random-weight GGUF the project writes itself (no model
 * can be downloaded here): milliseconds per token with the plan grammar and without it, at a
 * real model's vocabulary size (32,000 tokens), where the grammar's per-token check of every
 * vocabulary entry shows. The network is tiny, so this isolates the grammar's cost; with a real
 * model the same overhead is a much smaller share of each token.
 */
final class LlamaDecoding {
    static final String GRAMMAR = "llama.ms_per_token_with_grammar";
    static final String FREE = "llama.ms_per_token_free";

    private LlamaDecoding() {
    }

    static Benchmark entry() {
        return new Benchmark("llama", "grammar-constrained vs free decoding, tiny random GGUF, 32,000-token vocabulary",
                List.of(GRAMMAR, FREE), LlamaDecoding::run);
    }

    static List<Figure> run(BenchContext context) {
        int runs = context.budget().runs(40, 3);
        LlamaDecodingBenchmark.Result r = LlamaDecodingBenchmark.runTiny(context.freshDir("llama"), runs,
                TinyGguf.Shape.wideVocabulary());
        return List.of(
                figure(GRAMMAR, "llama.cpp: ms per token, plan grammar", r.constrained(), r)
                        .with("overhead_percent_p50", r.overheadPercent()),
                figure(FREE, "llama.cpp: ms per token, unconstrained", r.unconstrained(), r));
    }

    /** Tokens per second turned into milliseconds per token: the slow tail (p99) is the low rate. */
    private static Figure figure(String name, String what, LlamaDecodingBenchmark.Figure f, LlamaDecodingBenchmark.Result r) {
        Stats stats = new Stats(f.runs(), r.warmupRuns(), 1000 / f.maxTokensPerSecond(), 1000 / f.p50TokensPerSecond(),
                1000 / f.p99TokensPerSecond(), 1000 / f.minTokensPerSecond());
        return Figure.of(name, what, "ms", stats)
                .with("model", r.model())
                .with("vocabulary_size", r.vocabularySize())
                .with("tokens", f.tokens());
    }
}
