package dev.rosie.planner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.Plan;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Clause splitting on "and" + verb, pronouns, and where the automatic dock goes. */
class RuleBasedPlannerClausesTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private final RuleBasedPlanner planner = new RuleBasedPlanner();

    private List<String> labels(String text) {
        Command c = new Command(new CommandId("c-1"), text, Source.cli("alex", Trust.OWNER), NOW, Screening.CLEAN);
        WorldSnapshot world = new WorldSnapshot(NOW, TestMaps.twoRooms(), new RobotState(new Pose(0.4, 0.6, 0), 1, true),
                Map.of(), List.of(), List.of());
        PlannerResult r = planner.plan(c, world);
        assertThat(r).as("result for '%s'", text).isInstanceOf(Plan.class);
        return ((Plan) r).labels();
    }

    @Test
    void should_split_and_followed_by_a_verb_into_two_clauses() {
        assertThat(labels("clean the kitchen and go to the living room"))
                .containsExactly("clean_area:kitchen", "navigate_to:living room");
    }

    @Test
    void should_keep_and_between_rooms_as_one_cleaning_clause() {
        assertThat(labels("clean the living room and the kitchen"))
                .containsExactly("clean_area:living room", "clean_area:kitchen", "dock");
    }

    @Test
    void should_resolve_it_to_the_object_just_picked_up() {
        assertThat(labels("pick up the toy car and put it in the kitchen"))
                .containsExactly("pick_up:toy car", "place:toy car");
    }

    @Test
    void should_not_dock_when_the_plan_ends_somewhere_the_user_asked_for() {
        assertThat(labels("clean the kitchen then go to the living room"))
                .containsExactly("clean_area:kitchen", "navigate_to:living room");
    }

    @Test
    void should_dock_after_cleaning_when_nothing_else_was_asked() {
        assertThat(labels("clean the kitchen")).containsExactly("clean_area:kitchen", "dock");
    }
}
