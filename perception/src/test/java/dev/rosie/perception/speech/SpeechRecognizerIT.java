package dev.rosie.perception.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The recogniser on the real model with synthesised speech. */
class SpeechRecognizerIT {
    @TempDir
    static Path audio;

    private static SpeechModel model;
    private static CommandGrammar grammar;
    private final WavReader reader = new WavReader();

    @BeforeAll
    static void load() {
        model = SharedModel.get();
        grammar = CommandGrammar.forHome(ReferenceHome.map(), model.lexicon());
    }

    private Pcm16 say(String text) {
        return reader.read(Espeak.say(text, audio)).pcm();
    }

    private static List<SpeechEvent> run(RecognizerSettings settings, Pcm16 pcm) {
        try (SpeechRecognizer r = new SpeechRecognizer(model, settings)) {
            return r.transcribe(pcm);
        }
    }

    private static List<SpeechEvent.Utterance> utterances(List<SpeechEvent> events) {
        return events.stream().filter(e -> e instanceof SpeechEvent.Utterance).map(e -> (SpeechEvent.Utterance) e).toList();
    }

    @Test
    void should_read_the_vocabulary_of_the_packed_model() {
        assertThat(model.lexicon().size()).isEqualTo(152_217);
        assertThat(model.lexicon().knows("rosie")).isTrue();
        assertThat(model.lexicon().knows("xqzzyv")).isFalse();
        assertThat(grammar.unknownWords()).as("every reference apartment name can be spoken").isEmpty();
    }

    @Test
    void should_stream_growing_partials_and_then_the_utterance() {
        List<SpeechEvent> events = run(RecognizerSettings.biased(grammar), say("Rosie, clean the living room"));
        List<String> partials = events.stream().filter(e -> e instanceof SpeechEvent.Partial)
                .map(e -> ((SpeechEvent.Partial) e).text()).toList();
        assertThat(partials).hasSizeGreaterThanOrEqualTo(2);
        assertThat(partials).allMatch(p -> "rosie clean the living room".startsWith(p.split(" ")[0]));
        SpeechEvent.Utterance u = utterances(events).getFirst();
        assertThat(u.text()).isEqualTo("rosie clean the living room");
        assertThat(u.decoder()).isEqualTo(SpeechEvent.Decoder.GRAMMAR);
        assertThat(u.wakeWord()).isTrue();
        assertThat(events.getLast()).isEqualTo(u);
    }

    @ParameterizedTest(name = "sox {0}")
    @CsvSource({
        "-r 44100 -c 2 -b 24",
        "-r 48000 -c 2 -e floating-point -b 32",
        "-r 22050 -c 1 -b 8 -e unsigned-integer",
        "-r 8000 -c 1 -b 16",
    })
    void should_transcribe_other_rates_channels_and_depths_after_conversion(String soxOptions) {
        Path wav = Espeak.say("open the balcony door", audio, soxOptions.split(" "));
        WavAudio read = reader.read(wav);
        assertThat(read.converted()).isTrue();
        assertThat(utterances(run(RecognizerSettings.biased(grammar), read.pcm())))
                .extracting(SpeechEvent.Utterance::text).containsExactly("open the balcony door");
    }

    @Test
    void should_detect_the_end_of_each_utterance_in_a_stream() {
        Pcm16 first = say("go to the kitchen").withSilence(1.5);
        Pcm16 second = say("stop");
        short[] both = new short[first.length() + second.length()];
        System.arraycopy(first.samples(), 0, both, 0, first.length());
        System.arraycopy(second.samples(), 0, both, first.length(), second.length());
        Pcm16 stream = new Pcm16(16000, both);
        List<SpeechEvent.Utterance> heard = new ArrayList<>();
        try (SpeechRecognizer r = new SpeechRecognizer(model, RecognizerSettings.biased(grammar))) {
            for (int from = 0; from < both.length; from += SpeechRecognizer.CHUNK) {
                int n = Math.min(SpeechRecognizer.CHUNK, both.length - from);
                r.accept(java.util.Arrays.copyOfRange(both, from, from + n), n, e -> {
                    if (e instanceof SpeechEvent.Utterance u) {
                        heard.add(u);
                    }
                });
            }
            assertThat(heard).as("the first utterance ends on its trailing silence, before the stream does")
                    .extracting(SpeechEvent.Utterance::text).containsExactly("go to the kitchen");
            assertThat(heard.getFirst().at()).isLessThan(stream.duration());
            r.finish(e -> {
                if (e instanceof SpeechEvent.Utterance u) {
                    heard.add(u);
                }
            });
        }
        assertThat(heard).extracting(SpeechEvent.Utterance::text).containsExactly("go to the kitchen", "stop");
    }

    @Test
    void should_ignore_speech_without_the_wake_word_when_one_is_required() {
        RecognizerSettings wake = RecognizerSettings.biased(grammar).withWakeWordRequired(true);
        List<SpeechEvent> without = run(wake, say("clean the kitchen"));
        assertThat(utterances(without)).isEmpty();
        assertThat(without).filteredOn(e -> e instanceof SpeechEvent.Ignored).singleElement()
                .satisfies(e -> assertThat(((SpeechEvent.Ignored) e).reason()).contains("wake word 'rosie'"));
        assertThat(utterances(run(wake, say("Rosie, clean the kitchen")))).extracting(SpeechEvent.Utterance::text)
                .containsExactly("rosie clean the kitchen");
    }

    @Test
    void should_report_nothing_for_silence() {
        assertThat(run(RecognizerSettings.biased(grammar), new Pcm16(16000, new short[32000]))).isEmpty();
        assertThat(run(RecognizerSettings.freeForm(), new Pcm16(16000, new short[32000]))).isEmpty();
    }

    @Test
    void should_transcribe_free_form_without_a_grammar() {
        List<SpeechEvent.Utterance> u = utterances(run(RecognizerSettings.freeForm(), say("what is the time")));
        assertThat(u).singleElement().satisfies(x -> {
            assertThat(x.decoder()).isEqualTo(SpeechEvent.Decoder.FREE_FORM);
            assertThat(x.grammarText()).isEmpty();
            assertThat(x.text()).isNotBlank();
        });
    }
}
