package dev.rosie.planner.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.planner.eval.CaseResult.Answer;
import dev.rosie.planner.eval.EvalCase.Expectation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {
    private static Answer planned(String... labels) {
        return new Answer.Planned(List.of(labels));
    }

    private static Expectation expect(String... labels) {
        return new Expectation.Actions(List.of(labels));
    }

    @Test
    void should_pass_only_an_exact_sequence_of_labels() {
        assertThat(CaseResult.scores(expect("navigate_to:office", "inspect:desk"), planned("navigate_to:office", "inspect:desk")))
                .isTrue();
        assertThat(CaseResult.scores(expect("navigate_to:office", "inspect:desk"), planned("inspect:desk", "navigate_to:office")))
                .isFalse();
        assertThat(CaseResult.scores(expect("navigate_to:office"), planned("navigate_to:office", "inspect:desk"))).isFalse();
        assertThat(CaseResult.scores(expect("clean_area:kitchen", "clean_area:hallway"), planned("clean_area:kitchen")))
                .isFalse();
    }

    @Test
    void should_ignore_the_automatic_dock_after_cleaning_only_when_not_expected() {
        assertThat(CaseResult.scores(expect("clean_area:kitchen"), planned("clean_area:kitchen", "dock"))).isTrue();
        assertThat(CaseResult.scores(expect("clean_area:kitchen", "dock"), planned("clean_area:kitchen", "dock"))).isTrue();
        assertThat(CaseResult.scores(expect("clean_area:kitchen", "dock"), planned("clean_area:kitchen"))).isFalse();
        assertThat(CaseResult.scores(expect("navigate_to:kitchen"), planned("navigate_to:kitchen", "dock")))
                .as("a dock after something other than cleaning is a step like any other").isFalse();
    }

    @Test
    void should_count_a_question_or_a_refusal_only_when_that_is_expected() {
        assertThat(CaseResult.scores(new Expectation.Clarify(), new Answer.Asked("which room?"))).isTrue();
        assertThat(CaseResult.scores(new Expectation.Clarify(), planned("clean_area:kitchen"))).isFalse();
        assertThat(CaseResult.scores(new Expectation.Refuse(), new Answer.Refused("out-of-scope", "no"))).isTrue();
        assertThat(CaseResult.scores(new Expectation.Refuse(), new Answer.NotACommand("untrusted"))).isTrue();
        assertThat(CaseResult.scores(new Expectation.Refuse(), new Answer.Asked("what?"))).isFalse();
        assertThat(CaseResult.scores(expect("dock"), new Answer.Asked("what?"))).isFalse();
    }
}
