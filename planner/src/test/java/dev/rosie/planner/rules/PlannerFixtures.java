package dev.rosie.planner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Commands from the owner on the CLI, planned against TestMaps' two rooms. */
final class PlannerFixtures {
    static final Instant NOW = Instant.parse("2025-07-01T09:31:00Z");
    static final CommandId ID = new CommandId("cmd-7");

    private PlannerFixtures() {
    }

    static Command command(String text) {
        return new Command(ID, text, Source.cli("alex", Trust.OWNER), NOW, Screening.CLEAN);
    }

    static WorldSnapshot world() {
        return world(List.of());
    }

    static WorldSnapshot world(List<UntrustedText> notes) {
        return new WorldSnapshot(NOW, TestMaps.twoRooms(), new RobotState(TestMaps.TWO_ROOMS_DOCK, 0.8, true), Map.of(),
                List.of(), notes);
    }

    static PlannerResult planFor(String text) {
        return new RuleBasedPlanner().plan(command(text), world());
    }

    /** The plan for {@code text}, failing the test with the planner's question if it asked one instead. */
    static Plan plan(String text) {
        PlannerResult result = planFor(text);
        if (result instanceof Clarification c) {
            throw new AssertionError("expected a plan for \"" + text + "\" but the planner asked: " + c.question());
        }
        assertThat(result).isInstanceOf(Plan.class);
        assertThat(result.commandId()).isEqualTo(ID);
        return (Plan) result;
    }

    static List<String> labels(String text) {
        return plan(text).labels();
    }

    /** The planner's question for {@code text}, failing the test if it made a plan instead. */
    static String question(String text) {
        PlannerResult result = planFor(text);
        if (result instanceof Plan p) {
            throw new AssertionError("expected a question for \"" + text + "\" but the planner planned " + p.labels());
        }
        assertThat(result).isInstanceOf(Clarification.class);
        assertThat(result.commandId()).isEqualTo(ID);
        return ((Clarification) result).question();
    }
}
