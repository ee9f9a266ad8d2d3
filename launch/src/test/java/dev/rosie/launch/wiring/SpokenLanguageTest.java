package dev.rosie.launch.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.world.HomeMap;
import dev.rosie.planner.embedded.CommandLanguage;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpokenLanguageTest {
    private final HomeMap home = new RosieMapLoader(Clock.systemUTC()).referenceApartment().map();

    @Test
    void should_fill_the_planner_exemplars_with_this_homes_names_and_their_aliases() {
        List<String> phrases = SpokenLanguage.forHome(home, CommandLanguage.standard());
        assertThat(phrases).contains("vacuum the kitchen", "vacuum the bathroom", "hoover the loo",
                "give the office a good vacuum", "go back to the dock", "go back to the charger", "please",
                "five minutes").doesNotHaveDuplicates();
        // Every placeholder was filled: no phrase still says "the thing" or "the place".
        assertThat(phrases).noneMatch(p -> (" " + p + " ").matches(".* the (thing|place) .*"));
        assertThat(phrases).allMatch(p -> p.matches("[a-z' ]+") && p.equals(p.strip()));
    }

    @Test
    void should_fill_every_placeholder_of_a_phrase_with_every_name_of_its_kind() {
        Map<String, List<String>> fillers = Map.of("thing", List.of("sock", "toy car"), "room", List.of("kitchen"));
        assertThat(SpokenLanguage.expand("put the thing in the room", fillers))
                .containsExactlyInAnyOrder("put the sock in the kitchen", "put the toy car in the kitchen");
        assertThat(SpokenLanguage.expand("pick the thing up", fillers))
                .containsExactlyInAnyOrder("pick the sock up", "pick the toy car up");
        assertThat(SpokenLanguage.expand("stop", fillers)).containsExactly("stop");
    }
}
