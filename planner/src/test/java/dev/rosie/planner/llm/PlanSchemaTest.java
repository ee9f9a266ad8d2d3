package dev.rosie.planner.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rosie.core.action.Action;
import dev.rosie.core.action.ActionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanSchemaTest {

    /** A stand-in for core's Action with one more type, to show new records are picked up without edits here. */
    sealed interface Extended permits Extended.Vacuum, Extended.Water {
        record Vacuum(String room, dev.rosie.core.action.CleanMode mode) implements Extended {
        }

        record Water(String object, java.time.Duration duration) implements Extended {
        }
    }

    sealed interface Unmappable permits Unmappable.Juggle {
        record Juggle(int balls) implements Unmappable {
        }
    }

    private static List<String> stepNames(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.at("/properties/steps/items/anyOf").forEach(v -> names.add(v.at("/properties/action/enum/0").asText()));
        return names;
    }

    @Test
    void should_list_every_permitted_action_type_under_its_wire_name() {
        JsonNode schema = PlanSchema.generic().node();
        List<String> expected = Arrays.stream(Action.class.getPermittedSubclasses())
                .map(c -> ActionParam.snake(c.getSimpleName())).toList();
        assertThat(stepNames(schema)).containsExactlyElementsOf(expected);
        assertThat(stepNames(schema)).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ActionType.values()).map(ActionType::wireName).toList());
    }

    @Test
    void should_pick_up_a_new_action_record_without_changes_to_the_schema_code() {
        JsonNode schema = PlanSchema.generic(ActionCatalog.of(Extended.class)).node();
        assertThat(stepNames(schema)).containsExactly("vacuum", "water");
        JsonNode water = schema.at("/properties/steps/items/anyOf/1");
        assertThat(water.at("/properties/duration_seconds/type").asText()).isEqualTo("integer");
        assertThat(water.at("/required").toString()).isEqualTo("[\"action\",\"object\",\"duration_seconds\"]");
    }

    @Test
    void should_fail_loudly_when_an_action_component_has_no_json_form() {
        assertThatThrownBy(() -> ActionCatalog.of(Unmappable.class))
                .hasMessageContaining("Juggle.balls").hasMessageContaining("no JSON form");
    }

    @Test
    void should_describe_parameters_of_core_actions() {
        JsonNode schema = PlanSchema.generic().node();
        JsonNode clean = schema.at("/properties/steps/items/anyOf/1");
        assertThat(clean.at("/properties/action/enum/0").asText()).isEqualTo("clean_area");
        assertThat(clean.at("/properties/mode/enum").toString()).isEqualTo("[\"quick\",\"normal\",\"deep\"]");
        assertThat(clean.at("/additionalProperties").asBoolean()).isFalse();
        assertThat(schema.at("/properties/kind/enum").toString()).isEqualTo("[\"plan\",\"clarify\",\"refuse\"]");
        assertThat(schema.at("/required").toString()).isEqualTo("[\"kind\"]");
    }

    @Test
    void should_narrow_names_to_the_world_vocabulary() {
        JsonNode schema = PlanSchema.narrowed(WorldVocabulary.of(LlmFixtures.world())).node();
        JsonNode clean = schema.at("/properties/steps/items/anyOf/1");
        assertThat(clean.at("/properties/room/enum").toString()).isEqualTo("[\"living room\",\"kitchen\"]");
        JsonNode open = schema.at("/properties/steps/items/anyOf/8");
        assertThat(open.at("/properties/action/enum/0").asText()).isEqualTo("open_door");
        assertThat(open.at("/properties/door/enum").toString()).isEqualTo("[\"kitchen door\"]");
        JsonNode navigateNames = schema.at("/properties/steps/items/anyOf/0/properties/target/anyOf/0/enum");
        assertThat(navigateNames.toString()).contains("dock", "stairs", "kitchen knife");
    }

    @Test
    void should_narrow_to_a_snapshot_in_one_call() {
        assertThat(PlanSchema.forWorld(LlmFixtures.world()).json())
                .isEqualTo(PlanSchema.narrowed(WorldVocabulary.of(LlmFixtures.world())).json());
    }

    @Test
    void should_stay_inside_the_grammar_friendly_subset() {
        String json = PlanSchema.narrowed(WorldVocabulary.of(LlmFixtures.world())).json();
        assertThat(json).doesNotContain("$ref", "$defs", "oneOf", "pattern", "allOf", "not\"");
    }
}
