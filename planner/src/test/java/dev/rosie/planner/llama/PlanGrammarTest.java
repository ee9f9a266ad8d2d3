package dev.rosie.planner.llama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.planner.llm.ActionCatalog;
import dev.rosie.planner.llm.LlmFixtures;
import dev.rosie.planner.llm.WorldVocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The decoding schema is stricter than the shared one exactly where a decoder needs it to be. */
class PlanGrammarTest {
    private static final Set<String> ALL = Set.of("plan", "clarify", "refuse");
    private final ActionCatalog catalog = ActionCatalog.actions();
    private final WorldVocabulary twoRooms = WorldVocabulary.of(LlmFixtures.world());

    private static List<String> actions(JsonNode plan) {
        List<String> names = new ArrayList<>();
        plan.at("/properties/steps/items/anyOf").forEach(v -> names.add(v.at("/properties/action/enum/0").asText()));
        return names;
    }

    private static JsonNode answer(ObjectNode schema, String kind) {
        for (JsonNode a : schema.path("anyOf")) {
            if (a.at("/properties/kind/enum/0").asText().equals(kind)) {
                return a;
            }
        }
        throw new AssertionError("no " + kind + " answer in " + schema);
    }

    @Test
    void should_close_each_answer_kind_with_its_own_required_fields() {
        ObjectNode schema = PlanGrammar.decodingSchema(catalog, twoRooms, ALL);

        assertThat(answer(schema, "plan").path("required").toString()).isEqualTo("[\"kind\",\"steps\",\"rationale\"]");
        assertThat(answer(schema, "clarify").path("required").toString()).isEqualTo("[\"kind\",\"question\"]");
        assertThat(answer(schema, "refuse").path("required").toString()).isEqualTo("[\"kind\",\"reason\"]");
        assertThat(schema.path("anyOf")).allSatisfy(a -> assertThat(a.path("additionalProperties").asBoolean(true)).isFalse());
    }

    @Test
    void should_bound_the_number_of_steps() {
        JsonNode steps = answer(PlanGrammar.decodingSchema(catalog, twoRooms, ALL), "plan").at("/properties/steps");

        assertThat(steps.path("minItems").asInt()).isEqualTo(1);
        assertThat(steps.path("maxItems").asInt()).isEqualTo(PlanGrammar.MAX_STEPS);
    }

    @Test
    void should_make_free_text_a_non_blank_bounded_sentence_without_escapes() {
        Pattern text = Pattern.compile(PlanGrammar.TEXT_PATTERN);

        assertThat(text.matcher("Cleaning the kitchen now.").matches()).isTrue();
        assertThat(text.matcher(" ").matches()).as("blank").isFalse();
        assertThat(text.matcher("say \"hi\"").matches()).as("quote").isFalse();
        assertThat(text.matcher("a\\b").matches()).as("backslash").isFalse();
        assertThat(text.matcher("x".repeat(PlanGrammar.MAX_TEXT + 1)).matches()).isFalse();
    }

    @Test
    void should_offer_only_named_targets_and_drop_actions_the_home_cannot_name() {
        WorldVocabulary noDoorsNoObjects = new WorldVocabulary(List.of("kitchen"), List.of(), List.of(),
                List.of("kitchen", "dock"));

        JsonNode plan = answer(PlanGrammar.decodingSchema(catalog, noDoorsNoObjects, ALL), "plan");

        assertThat(actions(plan)).contains("navigate_to", "clean_area", "dock", "say", "wait")
                .doesNotContain("open_door", "close_door", "pick_up", "place");
        plan.at("/properties/steps/items/anyOf").forEach(v -> {
            if (v.at("/properties/action/enum/0").asText().equals("navigate_to")) {
                assertThat(v.at("/properties/target/enum").toString()).isEqualTo("[\"kitchen\",\"dock\"]");
            }
        });
    }

    @Test
    void should_allow_only_the_kinds_asked_for() {
        ObjectNode plansOnly = PlanGrammar.decodingSchema(catalog, twoRooms, Set.of("plan"));

        assertThat(plansOnly.has("anyOf")).isFalse();
        assertThat(plansOnly.at("/properties/kind/enum").toString()).isEqualTo("[\"plan\"]");
        assertThatThrownBy(() -> PlanGrammar.decodingSchema(catalog, twoRooms, Set.of("dance")))
                .hasMessageContaining("answer kinds");
    }
}
