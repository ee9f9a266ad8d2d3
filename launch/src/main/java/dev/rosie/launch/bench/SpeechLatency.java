package dev.rosie.launch.bench;

import dev.rosie.core.bench.Stats;
import dev.rosie.perception.speech.RecognizerSettings;
import dev.rosie.perception.speech.SpeechBenchmark;
import dev.rosie.perception.speech.SpeechBenchmark.Clip;
import dev.rosie.perception.speech.SpeechBenchmark.ModeResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * End of utterance -> transcript, grammar-biased (with the free-form fallback) and free-form only,
 * measured by perception's {@link SpeechBenchmark}: each clip streams through one recogniser per
 * mode with a second of trailing silence, so Vosk's endpointer closes the utterance; the figure is
 * the wall time from the endpointer firing to the finished transcript (fallback re-decoding
 * included). The first pass over the clips warms up and is discarded.
 */
final class SpeechLatency {
    static final String GRAMMAR = "speech.grammar.end_of_utterance_to_transcript";
    static final String FREE_FORM = "speech.free_form.end_of_utterance_to_transcript";

    private SpeechLatency() {
    }

    static Benchmark entry() {
        return new Benchmark("speech", "end of utterance -> transcript (Vosk, grammar-biased and free-form)",
                List.of(GRAMMAR, FREE_FORM), SpeechLatency::run);
    }

    static List<Figure> run(BenchContext context) {
        List<Clip> clips = context.clips();
        int rounds = context.budget().runs(5, 1);
        boolean quick = context.budget() != Budget.FULL;
        SpeechBenchmark bench = new SpeechBenchmark(context.ears().model(), System::nanoTime);
        return List.of(
                figure(GRAMMAR, "end of utterance -> transcript, Vosk with the home grammar", bench, "grammar",
                        RecognizerSettings.biased(context.ears().grammar()), clips, rounds, quick),
                figure(FREE_FORM, "end of utterance -> transcript, Vosk free-form", bench, "free-form",
                        RecognizerSettings.freeForm(), clips, rounds, quick));
    }

    private static Figure figure(String name, String description, SpeechBenchmark bench, String mode,
            RecognizerSettings settings, List<Clip> clips, int rounds, boolean quick) {
        // A full run warms up on every clip; the quick ones on three, to stay under two minutes.
        List<Clip> warmClips = quick ? clips.subList(0, Math.min(3, clips.size())) : clips;
        ModeResult warm = bench.run(mode, settings, warmClips);
        List<Clip> repeated = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            repeated.addAll(clips);
        }
        ModeResult measured = bench.run(mode, settings, repeated);
        double[] ms = measured.endOfUtteranceToTranscriptSamplesMs().stream().mapToDouble(Double::doubleValue).toArray();
        return Figure.of(name, description, "ms", Stats.of(ms, warm.endOfUtteranceToTranscriptSamplesMs().size()))
                .with("clips", clips.size())
                .with("rounds", rounds)
                .with("exact_transcripts", measured.exact() + " of " + measured.clips())
                .with("real_time_factor", measured.realTimeFactor())
                .with("voices", "the demo recording and espeak-ng (one synthetic voice)")
                .with("sentences", Collections.unmodifiableList(clips.stream().map(Clip::expected).toList()));
    }
}
