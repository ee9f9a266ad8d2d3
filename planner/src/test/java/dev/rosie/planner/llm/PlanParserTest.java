package dev.rosie.planner.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.action.Target;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PlanParserTest {
    private final PlanParser parser = new PlanParser();
    private final WorldVocabulary home = WorldVocabulary.of(LlmFixtures.world());

    private Plan plan(String text) {
        ParseOutcome out = parser.parse(text, LlmFixtures.ID, home);
        assertThat(out).isInstanceOf(ParseOutcome.Parsed.class);
        return (Plan) ((ParseOutcome.Parsed) out).result();
    }

    private PlanError error(String text) {
        ParseOutcome out = parser.parse(text, LlmFixtures.ID, home);
        assertThat(out).isInstanceOf(ParseOutcome.Invalid.class);
        return ((ParseOutcome.Invalid) out).error();
    }

    @Test
    void should_parse_every_action_type() {
        Plan p = plan("""
                {"kind":"plan","rationale":"r","steps":[
                 {"action":"navigate_to","target":"kitchen"},
                 {"action":"navigate_to","target":{"x":1.5,"y":2}},
                 {"action":"clean_area","room":"Kitchen","mode":"deep"},
                 {"action":"dock"},{"action":"stop"},
                 {"action":"wait","duration_seconds":90},
                 {"action":"say","text":"hello"},
                 {"action":"pick_up","object":"toy car"},
                 {"action":"place","object":"toy car","location":"living room"},
                 {"action":"open_door","door":"kitchen door"},
                 {"action":"close_door","door":"kitchen door"},
                 {"action":"inspect","target":"stairs"}]}""");
        assertThat(p.steps()).containsExactly(Action.NavigateTo.named("kitchen"),
                new Action.NavigateTo(new Target.Coordinates(1.5, 2)), new Action.CleanArea("kitchen", CleanMode.DEEP),
                new Action.Dock(), new Action.Stop(), new Action.Wait(Duration.ofSeconds(90)), new Action.Say("hello"),
                new Action.PickUp("toy car"), new Action.Place("toy car", "living room"),
                new Action.OpenDoor("kitchen door"), new Action.CloseDoor("kitchen door"), new Action.Inspect("stairs"));
        assertThat(p.rationale()).isEqualTo("r");
        assertThat(p.commandId()).isEqualTo(LlmFixtures.ID);
    }

    @Test
    void should_accept_a_json_fence() {
        assertThat(plan("```json\n{\"kind\":\"plan\",\"steps\":[{\"action\":\"dock\"}]}\n```").labels()).containsExactly("dock");
    }

    @Test
    void should_reject_prose_around_the_json() {
        assertThat(error("Sure! {\"kind\":\"plan\",\"steps\":[{\"action\":\"dock\"}]}").field()).isEqualTo("$");
        assertThat(error("{\"kind\":\"plan\",\"steps\":[{\"action\":\"dock\"}]} hope that helps").reason()).startsWith("not JSON");
    }

    @Test
    void should_answer_clarifications_and_refusals() {
        assertThat(parser.parse("{\"kind\":\"clarify\",\"question\":\"Which room?\"}", LlmFixtures.ID, home))
                .isEqualTo(new ParseOutcome.Parsed(new Clarification(LlmFixtures.ID, "Which room?")));
        assertThat(parser.parse("{\"kind\":\"refuse\",\"reason\":\"No.\"}", LlmFixtures.ID, home)).isEqualTo(
                new ParseOutcome.Parsed(new Refusal(LlmFixtures.ID, "No.", PlanParser.MODEL_REFUSAL_RULE)));
    }

    @Test
    void should_name_the_field_and_reason_of_each_error() {
        assertThat(error("{\"kind\":\"plan\",\"steps\":[{\"action\":\"dock\"},{\"action\":\"fly\"}]}").message())
                .startsWith("steps[1].action: unknown action 'fly'; known actions are navigate_to, clean_area");
        assertThat(error("{\"kind\":\"plan\",\"steps\":[{\"action\":\"clean_area\",\"mode\":\"normal\"}]}").message())
                .isEqualTo("steps[0].room: missing parameter of clean_area");
        assertThat(error("{\"kind\":\"plan\",\"steps\":[{\"action\":\"clean_area\",\"room\":\"garage\",\"mode\":\"normal\"}]}")
                .message()).isEqualTo("steps[0].room: unknown room 'garage'; known rooms are living room, kitchen");
        assertThat(error("{\"kind\":\"plan\",\"steps\":[{\"action\":\"wait\",\"duration_seconds\":\"5 min\"}]}").message())
                .startsWith("steps[0].duration_seconds: bad duration: expected whole seconds");
        assertThat(error("{\"kind\":\"plan\",\"steps\":[{\"action\":\"wait\",\"duration_seconds\":99999}]}").message())
                .contains("bad duration").contains("outside 0 to 1800");
        assertThat(error("{\"kind\":\"plan\",\"steps\":[{\"action\":\"clean_area\",\"room\":\"kitchen\",\"mode\":\"turbo\"}]}")
                .message()).isEqualTo("steps[0].mode: unknown value 'turbo'; expected one of quick, normal, deep");
        assertThat(error("{\"kind\":\"plan\",\"steps\":[{\"action\":\"dock\",\"speed\":3}]}").message())
                .isEqualTo("steps[0].speed: not a parameter of dock; its parameters are none");
        assertThat(error("{\"kind\":\"plan\",\"steps\":[]}").field()).isEqualTo("steps");
        assertThat(error("{\"kind\":\"go\"}").message()).isEqualTo("kind: unknown kind 'go'; expected plan, clarify or refuse");
        assertThat(error("{\"steps\":[]}").message()).isEqualTo("kind: missing");
        assertThat(error("{\"kind\":\"clarify\"}").message()).isEqualTo("question: missing");
        assertThat(error("{\"kind\":\"plan\",\"steps\":[],\"admin\":true}").field()).isEqualTo("admin");
        assertThat(error("[1]").message()).startsWith("$: expected a JSON object");
        assertThat(error("").field()).isEqualTo("$");
        assertThat(error("{\"kind\":\"plan\",\"steps\":[{\"action\":\"say\",\"text\":\"" + "a".repeat(400) + "\"}]}")
                .message()).startsWith("steps[0]: invalid say: a Say needs");
    }

    @Test
    void should_accept_any_well_formed_name_without_a_vocabulary() {
        ParseOutcome out = parser.parse("{\"kind\":\"plan\",\"steps\":[{\"action\":\"clean_area\",\"room\":\"garage\",\"mode\":\"quick\"}]}",
                LlmFixtures.ID);
        assertThat(out).isInstanceOf(ParseOutcome.Parsed.class);
    }
}
