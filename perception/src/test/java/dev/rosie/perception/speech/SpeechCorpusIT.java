package dev.rosie.perception.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.perception.speech.SpeechBenchmark.Clip;
import dev.rosie.perception.speech.SpeechBenchmark.ModeResult;
import dev.rosie.perception.speech.SpeechBenchmark.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accuracy on spoken commands for the reference apartment: every room and door, a spread of objects,
 * docking, stopping, waiting, with and without the wake word; grammar-biased and free-form.
 *
 * <p>Honest reading of the figures: the speech is synthesised (espeak-ng, one voice), so they say how
 * well decoding and the grammar work, not how well Rosie understands people in a real room. The
 * grammar was tuned while looking at the misses on {@link #COMMANDS}; {@link #HELD_OUT} was written
 * afterwards and never used for tuning, so it is the fairer figure. {@link #OUT_OF_GRAMMAR} checks
 * that speech the grammar does not cover falls back to free-form instead of becoming a command. The
 * floors are what was measured when this test was written (grammar 50/50 and 22/22 held-out exact,
 * free-form 19/50 and 9/22, all 5 out-of-grammar sentences re-decoded free-form), less one
 * utterance of slack; a change that lowers them fails here.
 * The run also writes perception/target/bench/speech.json (accuracy, real-time factor, latency).
 */
class SpeechCorpusIT {
    static final List<String> COMMANDS = SpeechSentences.COMMANDS;
    static final List<String> HELD_OUT = SpeechSentences.HELD_OUT;
    static final List<String> OUT_OF_GRAMMAR = SpeechSentences.OUT_OF_GRAMMAR;

    @TempDir
    static Path audio;

    private static Report report;

    @BeforeAll
    static void measure() {
        SpeechModel model = SharedModel.get();
        CommandGrammar grammar = CommandGrammar.forHome(ReferenceHome.map(), model.lexicon());
        SpeechBenchmark bench = new SpeechBenchmark(model, System::nanoTime);
        List<ModeResult> runs = new ArrayList<>();
        List<Clip> commands = clips(COMMANDS);
        List<Clip> heldOut = clips(HELD_OUT);
        runs.add(bench.run("grammar", RecognizerSettings.biased(grammar), commands));
        runs.add(bench.run("free-form", RecognizerSettings.freeForm(), commands));
        runs.add(bench.run("grammar held-out", RecognizerSettings.biased(grammar), heldOut));
        runs.add(bench.run("free-form held-out", RecognizerSettings.freeForm(), heldOut));
        runs.add(bench.run("grammar out-of-grammar", RecognizerSettings.biased(grammar), clips(OUT_OF_GRAMMAR)));
        report = bench.report(runs);
        SpeechBenchmark.write(report, Path.of(System.getProperty("basedir", ".")).resolve("target/bench/speech.json"));
        System.out.print(SpeechBenchmark.summary(report));
        report.modes().forEach(m -> m.misses().forEach(x -> System.out.println(
                "  " + m.mode() + " miss: '" + x.expected() + "' heard '" + x.heard() + "' (" + x.decoder() + ")")));
    }

    private static List<Clip> clips(List<String> sentences) {
        WavReader reader = new WavReader();
        return sentences.parallelStream().map(c -> new Clip(c, reader.read(Espeak.say(c, audio)).pcm())).toList();
    }

    private static ModeResult mode(String name) {
        return report.modes().stream().filter(m -> m.mode().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void should_have_at_least_forty_commands_of_the_reference_apartment() {
        assertThat(COMMANDS).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates().doesNotContainAnyElementsOf(HELD_OUT);
    }

    @Test
    void should_transcribe_the_commands_exactly_with_the_grammar() {
        ModeResult grammar = mode("grammar");
        assertThat(grammar.exactRate()).as("exact-transcript rate, grammar; misses: %s", grammar.misses())
                .isGreaterThanOrEqualTo(49 / 50.0);
        assertThat(grammar.wer()).as("word error rate, grammar").isLessThanOrEqualTo(0.01);
    }

    @Test
    void should_transcribe_commands_it_was_not_tuned_on() {
        ModeResult heldOut = mode("grammar held-out");
        assertThat(heldOut.exactRate()).as("exact-transcript rate, held-out; misses: %s", heldOut.misses())
                .isGreaterThanOrEqualTo(21 / 22.0);
        assertThat(heldOut.wer()).as("word error rate, held-out").isLessThanOrEqualTo(0.02);
    }

    @Test
    void should_do_far_better_with_the_grammar_than_free_form() {
        // Free-form decoding of the same audio has scored 17 to 19 of 50 (and 8 to 9 of 22) from run
        // to run on this machine; the floors leave room for that spread and still catch a broken
        // free-form path. The comparison below is the claim that matters.
        assertThat(mode("free-form").exactRate()).as("free-form exact rate").isGreaterThanOrEqualTo(14 / 50.0);
        assertThat(mode("free-form held-out").exactRate()).as("free-form held-out exact rate").isGreaterThanOrEqualTo(6 / 22.0);
        assertThat(mode("grammar").wer()).isLessThan(mode("free-form").wer());
        assertThat(mode("grammar held-out").wer()).isLessThan(mode("free-form held-out").wer());
    }

    @Test
    void should_fall_back_to_free_form_for_speech_the_grammar_does_not_cover() {
        ModeResult outside = mode("grammar out-of-grammar");
        assertThat(outside.freeFormFallbacks()).as("utterances re-decoded free-form; heard: %s", outside.misses())
                .isEqualTo(OUT_OF_GRAMMAR.size());
        assertThat(outside.misses()).extracting(SpeechBenchmark.Miss::heard)
                .noneMatch(heard -> CommandGrammar.forHome(ReferenceHome.map(), SharedModel.get().lexicon()).contains(heard));
    }

    @Test
    void should_decode_faster_than_real_time() {
        // Not a timing assertion on a shared machine: a real-time factor above 1 means the recogniser
        // could not keep up with a live microphone at all, which is a functional failure.
        assertThat(mode("grammar").realTimeFactor()).isLessThan(1.0);
        assertThat(mode("free-form").realTimeFactor()).isLessThan(1.0);
    }
}
