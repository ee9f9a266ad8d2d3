package dev.rosie.perception.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.perception.speech.Decoding.Hypothesis;
import dev.rosie.perception.speech.Decoding.NBest;
import dev.rosie.perception.speech.Decoding.Scored;
import dev.rosie.perception.speech.Decoding.Word;
import dev.rosie.perception.speech.SpeechEvent.Decoder;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The choice among decodings, on decodings as Vosk reports them, without the model. */
class ArbiterTest {
    private static final List<String> LANGUAGE = List.of("vacuum the kitchen please", "please", "could you",
            "clean the bathroom", "go to the office now", "go to the bathroom now");
    private final Arbiter narrow = new Arbiter(CommandGrammar.forHome(ReferenceHome.map(), Lexicon.everything()));
    private final Arbiter wide = new Arbiter(CommandGrammar.forHome(ReferenceHome.map(), Lexicon.everything(), LANGUAGE));

    @Test
    void should_not_take_a_tied_room_when_free_form_names_a_third_thing() {
        // Measured: espeak's "Go to the bathroom." in the home grammar, 0.5 apart in score.
        NBest nbest = nbest("go to the office", 133.46, "go to the bathroom", 132.95);
        Arbiter.Choice c = narrow.choose(nbest, () -> unsure("go to the office", "office"),
                () -> scored("go to the kitchen", 0.8), true);
        assertThat(c.decoder()).isEqualTo(Decoder.FREE_FORM);
        assertThat(c.text()).isEqualTo("go to the kitchen");
        assertThat(c.grammarText()).isEqualTo("go to the office");
    }

    @Test
    void should_keep_a_tied_sentence_when_free_form_names_nothing_else() {
        // "vacuum the bedroom" ties with "vacuum the bathroom" at 0.69 for "bedroom"; free-form hears
        // "mchugh the battery". No evidence against the grammar, which was right.
        NBest nbest = nbest("vacuum the bedroom", 141.14, "vacuum the bathroom", 140.31);
        assertThat(narrow.choose(nbest, () -> unsure("vacuum the bedroom", "bedroom"), () -> scored("mchugh the battery", 0.6), true))
                .isEqualTo(new Arbiter.Choice("vacuum the bedroom", Decoder.GRAMMAR, "vacuum the bedroom"));
    }

    @Test
    void should_take_the_tied_sentence_whose_room_free_form_heard() {
        NBest nbest = nbest("go to the office", 133.46, "go to the bathroom", 132.95);
        assertThat(narrow.choose(nbest, () -> unsure("go to the office", "office"), () -> scored("go to the bathroom", 0.7), true))
                .isEqualTo(new Arbiter.Choice("go to the bathroom", Decoder.GRAMMAR, "go to the office"));
        assertThat(narrow.choose(nbest, () -> unsure("go to the office", "office"), () -> scored("go to the office", 0.7), true))
                .isEqualTo(new Arbiter.Choice("go to the office", Decoder.GRAMMAR, "go to the office"));
    }

    @Test
    void should_keep_a_tied_sentence_whose_name_the_grammar_heard_with_confidence() {
        NBest nbest = nbest("vacuum the bedroom", 120.2, "vacuum the bathroom", 119.9);
        assertThat(narrow.choose(nbest, () -> scored("vacuum the bedroom", 0.97), never(), true))
                .isEqualTo(new Arbiter.Choice("vacuum the bedroom", Decoder.GRAMMAR, "vacuum the bedroom"));
    }

    @Test
    void should_take_a_clear_grammar_sentence_without_decoding_again() {
        NBest nbest = nbest("go to the office", 140, "go to the bathroom", 120);
        assertThat(narrow.choose(nbest, never(), never(), true))
                .isEqualTo(new Arbiter.Choice("go to the office", Decoder.GRAMMAR, "go to the office"));
    }

    @Test
    void should_take_the_command_language_when_it_is_heard_clearly_and_coherently() {
        NBest nbest = nbest("vacuum the kitchen please", 150);
        Arbiter.Choice c = wide.choose(nbest, () -> scored("vacuum the kitchen please", 0.95),
                () -> scored("in the kitchen please", 0.9), true);
        assertThat(c).isEqualTo(new Arbiter.Choice("vacuum the kitchen please", Decoder.LANGUAGE, "vacuum the kitchen please"));
    }

    @Test
    void should_fall_back_to_free_form_when_the_grammar_words_are_joined_in_orders_no_phrase_has() {
        // "bathroom" in espeak's voice, forced onto grammar words: "the bathroom" -> "them off room".
        Arbiter.Choice c = wide.choose(nbest("please could the kitchen now", 150),
                () -> scored("please could the kitchen now", 0.95), () -> scored("police could the kitten now", 0.6), true);
        assertThat(c.decoder()).isEqualTo(Decoder.FREE_FORM);
        assertThat(c.text()).isEqualTo("police could the kitten now");
    }

    @Test
    void should_take_the_decoding_the_robot_can_act_on_when_only_one_can_be() {
        // Measured (festival's voice): the language decoding wrote "shoot over" as "shut over", which
        // the planner asks back about; free-form heard it exactly.
        Arbiter judging = new Arbiter(CommandGrammar.forHome(ReferenceHome.map(), Lexicon.everything(), LANGUAGE),
                java.util.Optional.of(text -> text.startsWith("shoot") || text.startsWith("go to")));
        Arbiter.Choice free = judging.choose(nbest("go to the office now", 150), () -> scored("shut over to the office now", 0.95),
                () -> scored("shoot over to the office now", 0.9), true);
        assertThat(free).isEqualTo(new Arbiter.Choice("shoot over to the office now", Decoder.FREE_FORM,
                "shut over to the office now"));
        // And the other way round: free-form's "go dark" is nothing to act on; "go to the office now" is.
        Arbiter.Choice lang = judging.choose(nbest("go to the office now", 150), () -> scored("go to the office now", 0.6),
                () -> scored("gold dark office now", 0.9), true);
        assertThat(lang.decoder()).isEqualTo(Decoder.LANGUAGE);
    }

    @Test
    void should_fall_back_to_the_old_rules_when_both_or_neither_decoding_can_be_acted_on() {
        Arbiter judging = new Arbiter(CommandGrammar.forHome(ReferenceHome.map(), Lexicon.everything(), LANGUAGE),
                java.util.Optional.of(text -> true));
        Arbiter.Choice c = judging.choose(nbest("go to the office now", 150), () -> scored("go to the office now", 0.98),
                () -> scored("go to the bathroom now", 0.7), true);
        assertThat(c.decoder()).isEqualTo(Decoder.LANGUAGE);
    }

    @Test
    void should_not_take_an_unsure_room_that_free_form_contradicts() {
        Scored unsureOffice = new Scored(List.of(new Word("go", 1), new Word("to", 1), new Word("the", 1),
                new Word("office", 0.62), new Word("now", 1)));
        Arbiter.Choice c = wide.choose(nbest("go to the office now", 150), () -> unsureOffice,
                () -> scored("go to the bathroom now", 0.7), true);
        assertThat(c.decoder()).isEqualTo(Decoder.FREE_FORM);
        assertThat(c.text()).isEqualTo("go to the bathroom now");
    }

    @Test
    void should_keep_a_sure_room_even_when_free_form_names_another() {
        Arbiter.Choice c = wide.choose(nbest("go to the office now", 150), () -> scored("go to the office now", 0.98),
                () -> scored("go to the bathroom now", 0.7), true);
        assertThat(c.decoder()).isEqualTo(Decoder.LANGUAGE);
        assertThat(c.text()).isEqualTo("go to the office now");
    }

    @Test
    void should_decode_free_form_when_a_narrow_grammar_hears_no_sentence() {
        Arbiter.Choice c = narrow.choose(nbest("mop in the plant on the knife", 100), never(),
                () -> scored("what is the time", 0.9), true);
        assertThat(c).isEqualTo(new Arbiter.Choice("what is the time", Decoder.FREE_FORM, "mop in the plant on the knife"));
    }

    @Test
    void should_report_nothing_for_silence() {
        assertThat(wide.choose(nbest("", 0), never(), never(), false).text()).isEmpty();
    }

    private static NBest nbest(Object... textAndScore) {
        List<Hypothesis> h = new java.util.ArrayList<>();
        for (int i = 0; i < textAndScore.length; i += 2) {
            h.add(new Hypothesis((String) textAndScore[i], ((Number) textAndScore[i + 1]).doubleValue()));
        }
        return new NBest(h);
    }

    private static Scored scored(String text, double confidence) {
        return new Scored(Arrays.stream(text.split(" ")).map(w -> new Word(w, confidence)).toList());
    }

    /** {@code text} heard surely except for {@code word}, at 0.62 (as "office" was). */
    private static Scored unsure(String text, String word) {
        return new Scored(Arrays.stream(text.split(" ")).map(w -> new Word(w, w.equals(word) ? 0.62 : 1)).toList());
    }

    private static Supplier<Scored> never() {
        return () -> {
            throw new AssertionError("this decoding should not have been needed");
        };
    }
}
