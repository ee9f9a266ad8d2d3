package dev.rosie.perception.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The choice among Vosk's N-best hypotheses, without the model. */
class SpeechRecognizerPickTest {
    private final CommandGrammar grammar = CommandGrammar.forHome(ReferenceHome.map(), Lexicon.everything());

    @Test
    void should_take_the_best_hypothesis_that_is_a_grammar_sentence() {
        assertThat(SpeechRecognizer.sentence(grammar, List.of("clean the mop room", "clean the bathroom")))
                .contains("clean the bathroom");
    }

    @Test
    void should_drop_one_spliced_in_function_word_to_recover_the_sentence() {
        assertThat(SpeechRecognizer.sentence(grammar, List.of("look at to the glass vase", "look to the glass vase")))
                .contains("look at the glass vase");
    }

    @Test
    void should_never_drop_a_content_word_to_make_a_sentence() {
        assertThat(SpeechRecognizer.sentence(grammar, List.of("open the front door now please"))).isEmpty();
    }

    @Test
    void should_not_promote_a_runner_up_when_the_best_has_an_unknown_word() {
        assertThat(SpeechRecognizer.sentence(grammar, List.of("clean the [unk]", "clean the kitchen"))).isEmpty();
        assertThat(SpeechRecognizer.sentence(grammar, List.of("[unk]"))).isEmpty();
        assertThat(SpeechRecognizer.sentence(grammar, List.of(""))).isEmpty();
    }

    @Test
    void should_find_nothing_in_word_salad() {
        assertThat(SpeechRecognizer.sentence(grammar, List.of("mop in the plant on the knife", "place on move the")))
                .isEmpty();
    }
}
