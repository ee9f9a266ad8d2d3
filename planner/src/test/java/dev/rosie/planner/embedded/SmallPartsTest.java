package dev.rosie.planner.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.CleanMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Durations, cleaning modes, the words to say, bare names and names in text: no model needed. */
class SmallPartsTest {

    @Test
    void should_read_spoken_durations() {
        assertThat(Durations.parse("wait five minutes")).contains(Duration.ofMinutes(5));
        assertThat(Durations.parse("pause for 30 seconds")).contains(Duration.ofSeconds(30));
        assertThat(Durations.parse("hold on for a minute")).contains(Duration.ofMinutes(1));
        assertThat(Durations.parse("wait half an hour")).contains(Duration.ofMinutes(30));
        assertThat(Durations.parse("wait for three hours")).contains(Duration.ofHours(3));
        assertThat(Durations.parse("wait a couple of minutes")).contains(Duration.ofMinutes(2));
        assertThat(Durations.parse("wait two and a half minutes")).contains(Duration.ofSeconds(150));
        assertThat(Durations.parse("wait a moment")).contains(Durations.DEFAULT);
        assertThat(Durations.parse("just wait here")).isEmpty();
    }

    @Test
    void should_read_the_cleaning_mode() {
        assertThat(CleanModes.of("deep clean the kitchen")).isEqualTo(CleanMode.DEEP);
        assertThat(CleanModes.of("give the bedroom a thorough clean")).isEqualTo(CleanMode.DEEP);
        assertThat(CleanModes.of("do a quick vacuum of the hallway")).isEqualTo(CleanMode.QUICK);
        assertThat(CleanModes.of("give the lounge a once-over")).isEqualTo(CleanMode.QUICK);
        assertThat(CleanModes.of("clean the kitchen")).isEqualTo(CleanMode.NORMAL);
    }

    @Test
    void should_take_the_words_to_say_from_the_original_text_keeping_their_case() {
        assertThat(SpokenText.extract("say i am rosie", "Say I am Rosie")).contains("I am Rosie");
        assertThat(SpokenText.extract("tell alex that dinner is ready", "tell Alex that dinner is ready"))
                .contains("dinner is ready");
        assertThat(SpokenText.extract("announce that we leave at five", "announce that we leave at five"))
                .contains("we leave at five");
        assertThat(SpokenText.extract("go to the kitchen", "go to the kitchen")).isEmpty();
    }

    @Test
    void should_tell_a_bare_name_from_an_instruction() {
        Vocabulary v = new Vocabulary(Homes.flat(), Glossary.standard());
        Phrases p = new Phrases(SkillBook.standard());
        assertThat(p.isBareName("the office", v)).isTrue();
        assertThat(p.isBareName("the garage", v)).isTrue();
        assertThat(p.isBareName("the study", v)).as("an alias").isTrue();
        assertThat(p.isBareName("visit the nursery", v)).isFalse();
        assertThat(p.isBareName("dock", v)).as("the dock's name and a whole instruction").isFalse();
        assertThat(p.isBareName("clean it", v)).isFalse();
    }

    @Test
    void should_find_names_aliases_head_nouns_and_plurals_but_not_ambiguous_aliases() {
        Vocabulary v = new Vocabulary(Homes.flat(), Glossary.standard());
        assertThat(v.exactMentions("go to the study").getFirst().entry().name()).isEqualTo("office");
        assertThat(v.exactMentions("bring the knife").getFirst().entry().name()).isEqualTo("kitchen knife");
        assertThat(v.exactMentions("collect the socks").getFirst().entry().name()).isEqualTo("sock");
        assertThat(v.exactMentions("check on the baby").getFirst().entry().target()).isEqualTo("nursery");
        assertThat(v.exactMentions("open the door")).as("two doors: 'door' names neither").isEmpty();
    }

    @Test
    void should_replace_names_with_placeholders_and_spoken_words_with_something() {
        Vocabulary v = new Vocabulary(Homes.flat(), Glossary.standard());
        assertThat(Placeholders.apply("clean the kitchen", v.exactMentions("clean the kitchen")))
                .isEqualTo("clean the room");
        assertThat(Placeholders.apply("put sock in laundry basket", v.exactMentions("put sock in laundry basket")))
                .isEqualTo("put the thing in the thing");
        assertThat(Placeholders.apply("say clean the kitchen", v.exactMentions("say clean the kitchen")))
                .isEqualTo("say something");
    }

    @Test
    void should_reject_a_skill_book_that_leaves_a_skill_without_exemplars() throws Exception {
        var bad = new java.io.StringReader("[dock]\ngo home\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SkillBook.parse("test.txt", bad))
                .hasMessageContaining("no exemplars for skill");
        var unknown = new java.io.StringReader("[fly]\ntake off\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SkillBook.parse("test.txt", unknown))
                .hasMessageContaining("test.txt line 1").hasMessageContaining("unknown skill 'fly'");
    }
}
