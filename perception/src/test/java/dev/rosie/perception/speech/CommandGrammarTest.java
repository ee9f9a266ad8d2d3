package dev.rosie.perception.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.testing.TestMaps;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandGrammarTest {
    /** A lexicon that knows every word of the grammar except the ones listed. */
    private static Lexicon allBut(String... missing) {
        Set<String> words = new HashSet<>();
        CommandGrammar.forHome(ReferenceHome.map(), Lexicon.everything()).phrases()
                .forEach(p -> words.addAll(Arrays.asList(p.split(" "))));
        words.addAll(Set.of("kitchen", "knife", "door", "stairs", "toy", "car", "living", "room"));
        words.removeAll(Set.of(missing));
        return Lexicon.of(words);
    }

    @Test
    void should_hold_the_home_names_with_the_command_verbs() {
        CommandGrammar g = CommandGrammar.forHome(ReferenceHome.map(), allBut());
        assertThat(g.phrases()).contains(
                "clean the living room", "rosie clean the living room", "vacuum the nursery",
                "go to the dock", "go to the stairs", "open the front door", "close the balcony door",
                "pick up the sock", "put the toy car on the rug", "bring the laptop to the desk",
                "look at the glass vase", "stop", "go home", "clean everywhere",
                CommandGrammar.UNKNOWN);
        assertThat(g.unknownWords()).isEmpty();
    }

    @Test
    void should_not_offer_to_pick_up_furniture_or_hazards() {
        CommandGrammar g = CommandGrammar.forHome(ReferenceHome.map(), allBut());
        assertThat(g.phrases()).doesNotContain("pick up the sofa", "pick up the kitchen knife", "open the kitchen");
    }

    @Test
    void should_leave_out_sentences_with_words_the_model_cannot_hear_and_name_them() {
        CommandGrammar g = CommandGrammar.forHome(ReferenceHome.map(), allBut("nursery"));
        assertThat(g.unknownWords()).containsExactly("nursery");
        assertThat(g.phrases()).noneMatch(p -> p.contains("nursery")).contains("clean the kitchen");
    }

    @Test
    void should_follow_the_map_it_is_given() {
        CommandGrammar g = CommandGrammar.forHome(TestMaps.twoRooms(), allBut());
        assertThat(g.phrases()).contains("clean the kitchen", "open the kitchen door", "go to the stairs")
                .doesNotContain("clean the nursery");
    }

    @Test
    void should_treat_a_wake_word_prefix_as_part_of_any_sentence() {
        CommandGrammar g = CommandGrammar.forHome(ReferenceHome.map(), allBut());
        assertThat(g.contains("hey rosie go to the stairs")).isTrue();
        assertThat(g.contains("ok rosie stop")).isTrue();
        assertThat(g.contains("look at to the plant")).isFalse();
        assertThat(g.contains("mop in the plant on the knife")).isFalse();
    }

    @Test
    void should_serialise_as_the_json_array_vosk_takes() {
        String json = CommandGrammar.forHome(TestMaps.twoRooms(), allBut()).toJson();
        assertThat(json).startsWith("[\"").contains("\"clean the kitchen\"").endsWith("\"[unk]\"]");
    }

    @Test
    void should_widen_the_language_model_but_vouch_only_for_the_home_commands() {
        Set<String> words = new HashSet<>();
        CommandGrammar.forHome(ReferenceHome.map(), allBut()).phrases().forEach(p -> words.addAll(Arrays.asList(p.split(" "))));
        words.addAll(Set.of("could", "you", "please", "say"));
        CommandGrammar g = CommandGrammar.forHome(ReferenceHome.map(), Lexicon.of(words),
                java.util.List.of("could you vacuum the kitchen", "clean the kitchen please", "say zzyzx"));
        assertThat(g.widened()).isTrue();
        assertThat(g.phrases()).contains("could you vacuum the kitchen", "clean the kitchen please", "clean the kitchen")
                .doesNotContain("say zzyzx").endsWith(CommandGrammar.UNKNOWN);
        assertThat(g.contains("clean the kitchen")).isTrue();
        assertThat(g.contains("could you vacuum the kitchen")).isFalse();
        assertThat(g.unknownWords()).doesNotContain("zzyzx");
        assertThat(CommandGrammar.forHome(ReferenceHome.map(), allBut()).widened()).isFalse();
    }

    @Test
    void should_measure_how_much_of_a_transcript_joins_words_as_the_phrases_do() {
        CommandGrammar g = CommandGrammar.forHome(ReferenceHome.map(), Lexicon.everything());
        assertThat(g.coherence("clean the bathroom")).isEqualTo(1.0);
        assertThat(g.coherence("stop")).isEqualTo(1.0);
        // "bathroom" forced onto grammar words: only "the" + ... joins as phrases do.
        assertThat(g.coherence("clean them off room")).isLessThan(0.5);
    }

    @Test
    void should_name_the_home_things_a_transcript_mentions() {
        CommandGrammar g = CommandGrammar.forHome(ReferenceHome.map(), Lexicon.everything());
        assertThat(g.namesIn("go to the office")).containsExactly("office");
        assertThat(g.namesIn("close the bathroom door")).containsExactly("bathroom door");
        assertThat(g.namesIn("clean the living room and the kitchen")).containsExactlyInAnyOrder("living room", "kitchen");
        assertThat(g.namesIn("marchionne the kitchen please")).containsExactly("kitchen");
        assertThat(g.namesIn("go turn them off really")).isEmpty();
    }

    @Test
    void should_weigh_the_home_commands_as_heavily_as_a_much_larger_language() {
        CommandGrammar narrow = CommandGrammar.forHome(ReferenceHome.map(), Lexicon.everything());
        int commands = narrow.phrases().size() - 1;
        java.util.List<String> language = java.util.stream.IntStream.range(0, 3 * commands)
                .mapToObj(i -> "say number " + i).toList();
        CommandGrammar wide = CommandGrammar.forHome(ReferenceHome.map(), Lexicon.everything(), language);
        long kitchen = wide.phrases().stream().filter("clean the kitchen"::equals).count();
        assertThat(kitchen).isEqualTo(3 * narrow.phrases().stream().filter("clean the kitchen"::equals).count());
        assertThat(wide.phrases().stream().filter(p -> p.startsWith("say number "))).hasSize(3 * commands);
    }
}
