package dev.rosie.perception.speech;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rosie.core.bench.Stats;
import dev.rosie.perception.speech.WordErrorRate.Tally;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Measures recognition on labelled clips, grammar-biased and free-form: accuracy (word error rate,
 * exact transcripts), real-time factor, and the latency from end-of-utterance detection to the
 * transcript. Each clip is streamed in {@link SpeechRecognizer#CHUNK}s as fast as the decoder
 * takes them, followed by {@value #TRAILING_SILENCE_S} s of silence so Vosk's endpointer (not the end
 * of the stream) closes the utterance, as it would on a live microphone. One recogniser per mode
 * serves all clips, as one would serve a whole conversation.
 */
public final class SpeechBenchmark {
    public static final double TRAILING_SILENCE_S = 1.0;

    /** One labelled recording: what was said and the audio. */
    public record Clip(String expected, Pcm16 audio) {
        public Clip {
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(audio, "audio");
        }
    }

    /** A clip whose transcript was not exactly what was said. */
    public record Miss(String expected, String heard, String decoder) {
    }

    /** Latency figures in milliseconds. */
    public record Latency(double p50, double p95, double max, double mean) {
        static Latency of(List<Double> millis) {
            if (millis.isEmpty()) {
                return new Latency(0, 0, 0, 0);
            }
            double[] s = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Latency(pick(s, 0.50), pick(s, 0.95), s[s.length - 1], Arrays.stream(s).average().orElse(0));
        }

        private static double pick(double[] sorted, double q) {
            return Stats.nearestRank(sorted, q);
        }
    }

    /** Results for one way of listening. */
    public record ModeResult(String mode, int clips, int exact, double exactRate, double wer, int referenceWords,
            int wordErrors, int freeFormFallbacks, int endpointed, double audioSeconds, double processingSeconds,
            double realTimeFactor, Latency endOfUtteranceToTranscriptMs, List<Miss> misses,
            @JsonIgnore List<Double> endOfUtteranceToTranscriptSamplesMs) {
        public ModeResult {
            misses = List.copyOf(misses);
            endOfUtteranceToTranscriptSamplesMs = List.copyOf(endOfUtteranceToTranscriptSamplesMs);
        }
    }

    /** The whole run, as written to JSON. */
    public record Report(String model, int clips, int cores, String java, List<ModeResult> modes) {
    }

    private final SpeechModel model;
    private final LongSupplier ticker;

    public SpeechBenchmark(SpeechModel model, LongSupplier ticker) {
        this.model = Objects.requireNonNull(model, "model");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /** Runs the clips grammar-biased (with free-form fallback), then free-form only. */
    public Report run(CommandGrammar grammar, List<Clip> clips) {
        return report(List.of(
                run("grammar", RecognizerSettings.biased(grammar), clips),
                run("free-form", RecognizerSettings.freeForm(), clips)));
    }

    /** A report of runs made separately (several clip sets, say). */
    public Report report(List<ModeResult> runs) {
        return new Report(model.directory().getFileName().toString(), runs.stream().mapToInt(ModeResult::clips).sum(),
                Runtime.getRuntime().availableProcessors(), Runtime.version().toString(), runs);
    }

    public ModeResult run(String mode, RecognizerSettings settings, List<Clip> clips) {
        Tally tally = Tally.EMPTY;
        List<Miss> misses = new ArrayList<>();
        List<Double> latencies = new ArrayList<>();
        int fallbacks = 0;
        int endpointed = 0;
        double audio = 0;
        long busy = 0;
        try (SpeechRecognizer recognizer = new SpeechRecognizer(model, settings, ticker)) {
            for (Clip clip : clips) {
                Pcm16 streamed = clip.audio().withSilence(TRAILING_SILENCE_S);
                audio += streamed.seconds();
                List<SpeechEvent.Utterance> heard = new ArrayList<>();
                boolean[] beforeEnd = {false};
                short[] s = streamed.samples();
                long start = ticker.getAsLong();
                for (int from = 0; from < s.length; from += SpeechRecognizer.CHUNK) {
                    int n = Math.min(SpeechRecognizer.CHUNK, s.length - from);
                    recognizer.accept(Arrays.copyOfRange(s, from, from + n), n, e -> {
                        if (e instanceof SpeechEvent.Utterance u) {
                            heard.add(u);
                            beforeEnd[0] = true;
                        }
                    });
                }
                recognizer.finish(e -> {
                    if (e instanceof SpeechEvent.Utterance u) {
                        heard.add(u);
                    }
                });
                busy += ticker.getAsLong() - start;
                endpointed += beforeEnd[0] ? 1 : 0;
                String text = String.join(" ", heard.stream().map(SpeechEvent.Utterance::text).toList());
                heard.forEach(u -> latencies.add(u.finishing().toNanos() / 1e6));
                boolean fellBack = settings.grammar().isPresent()
                        && heard.stream().anyMatch(u -> u.decoder() == SpeechEvent.Decoder.FREE_FORM);
                fallbacks += fellBack ? 1 : 0;
                WordErrorRate.Score score = WordErrorRate.score(clip.expected(), text);
                tally = tally.plus(score);
                if (!score.exact()) {
                    misses.add(new Miss(clip.expected(), text, fellBack ? "free-form fallback" : mode));
                }
            }
        }
        double seconds = busy / 1e9;
        return new ModeResult(mode, tally.utterances(), tally.exact(), round(tally.exactRate()), round(tally.wer()),
                tally.referenceWords(), tally.edits(), fallbacks, endpointed, round(audio), round(seconds),
                round(audio == 0 ? 0 : seconds / audio), Latency.of(latencies), misses, latencies);
    }

    public static void write(Report report, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write benchmark results to " + file, e);
        }
    }

    /** One line per mode, for logs and the README. */
    public static String summary(Report report) {
        StringBuilder out = new StringBuilder();
        for (ModeResult m : report.modes()) {
            out.append(String.format(Locale.ROOT,
                    "%-9s exact %d/%d (%.1f%%), WER %.1f%%, RTF %.3f, end-of-utterance -> transcript p50 %.0f ms, p95 %.0f ms%n",
                    m.mode(), m.exact(), m.clips(), m.exactRate() * 100, m.wer() * 100, m.realTimeFactor(),
                    m.endOfUtteranceToTranscriptMs().p50(), m.endOfUtteranceToTranscriptMs().p95()));
        }
        return out.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

}
