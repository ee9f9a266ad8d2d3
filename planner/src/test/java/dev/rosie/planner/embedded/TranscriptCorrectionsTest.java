package dev.rosie.planner.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corrections said in one breath, as a recogniser writes them: no commas anywhere. Each should be
 * read exactly as its punctuated twin in {@link CorrectionsTest}; before the run-on cuts, the robot
 * cleaned both rooms of "clean the nursery no wait the office".
 */
class TranscriptCorrectionsTest {
    private final Vocabulary vocabulary = new Vocabulary(Homes.flat(), Glossary.standard());
    private final Corrections corrections = new Corrections(vocabulary, new Phrases(SkillBook.standard()));

    private List<String> actions(String command) {
        return corrections.apply(Segmenter.split(command)).stream().filter(Fragment::isAction).map(Fragment::text)
                .toList();
    }

    @Test
    void should_replace_the_last_name_when_a_correction_runs_on_without_a_pause() {
        assertThat(actions("clean the nursery no wait the office")).containsExactly("clean the office");
        assertThat(actions("go to the kitchen actually the hallway")).containsExactly("go to the hallway");
        assertThat(actions("vacuum the nursery sorry i mean the living room")).containsExactly("vacuum the living room");
        assertThat(actions("go to the hallway no make that the kitchen")).containsExactly("go to the kitchen");
        assertThat(actions("go to the kitchen or rather the office")).containsExactly("go to the office");
        assertThat(actions("pick up the sock no the laptop")).containsExactly("pick up the laptop");
        assertThat(actions("clean the living room wait i meant the kitchen")).containsExactly("clean the kitchen");
        assertThat(actions("go to the kitchen no hang on the office")).containsExactly("go to the office");
    }

    @Test
    void should_replace_a_negated_name_said_without_a_pause() {
        assertThat(actions("clean the nursery not the nursery the office")).containsExactly("clean the office");
        assertThat(actions("clean the kitchen and the nursery no not the nursery the office"))
                .containsExactly("clean the kitchen", "the office");
        assertThat(actions("clean the office not the nursery")).containsExactly("clean the office");
    }

    @Test
    void should_keep_only_the_name_after_no_just() {
        assertThat(actions("clean the bedroom and the office no just the office")).containsExactly("clean the office");
        assertThat(actions("clean the bedroom, the kitchen and the office, no, only the kitchen"))
                .containsExactly("clean the kitchen");
    }

    @Test
    void should_drop_everything_before_scratch_that_or_never_mind_without_a_pause() {
        assertThat(actions("go to the bedroom scratch that go to the kitchen")).containsExactly("go to the kitchen");
        assertThat(actions("clean the nursery actually never mind go to the office")).containsExactly("go to the office");
        assertThat(actions("look at the sock never mind that check the front door")).containsExactly("check the front door");
    }
}
