package dev.rosie.perception.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordErrorRateTest {
    @Test
    void should_count_substitutions_deletions_and_insertions() {
        assertThat(WordErrorRate.score("clean the living room", "clean the living room").edits()).isZero();
        assertThat(WordErrorRate.score("clean the living room", "clean the leaving room").edits()).isEqualTo(1);
        assertThat(WordErrorRate.score("clean the living room", "clean living room").edits()).isEqualTo(1);
        assertThat(WordErrorRate.score("look at the plant", "look at to the plant").edits()).isEqualTo(1);
        assertThat(WordErrorRate.score("go home", "").edits()).isEqualTo(2);
    }

    @Test
    void should_ignore_case_and_punctuation() {
        assertThat(WordErrorRate.score("Rosie, clean the living room.", "rosie clean the living room").exact()).isTrue();
    }

    @Test
    void should_total_word_error_and_exact_rates() {
        WordErrorRate.Tally t = WordErrorRate.Tally.EMPTY
                .plus(WordErrorRate.score("go home", "go home"))
                .plus(WordErrorRate.score("clean the kitchen", "clean kitchen"));
        assertThat(t.wer()).isEqualTo(1 / 5.0);
        assertThat(t.exactRate()).isEqualTo(0.5);
    }
}
