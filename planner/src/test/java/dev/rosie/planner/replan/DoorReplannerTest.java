package dev.rosie.planner.replan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Planner;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.execution.FailureReason;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.planner.llm.LlmFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DoorReplannerTest {
    private static final Plan CLEAN = new Plan(LlmFixtures.ID, List.of(new Action.Say("Cleaning the kitchen."),
            new Action.CleanArea("kitchen", CleanMode.NORMAL), new Action.Dock()), "");

    private static WorldSnapshot kitchenDoorClosed() {
        return new WorldSnapshot(LlmFixtures.NOW, TestMaps.twoRooms().withDoor(TestMaps.KITCHEN_DOOR, false),
                new RobotState(TestMaps.TWO_ROOMS_DOCK, 0.8, true), Map.of(), List.of(), List.of());
    }

    private static ExecutionEvent.StepFailed failed(Plan plan, int index, FailureReason reason) {
        return new ExecutionEvent.StepFailed(LlmFixtures.ID, LlmFixtures.NOW, index, plan.steps().get(index), reason, "no free path");
    }

    private static PlannerResult replan(WorldSnapshot world, Plan plan, ExecutionEvent event) {
        return DoorReplanner.replan(LlmFixtures.command("clean the kitchen"), world, plan, event);
    }

    @Test
    void should_open_the_closed_door_and_resume_at_the_failed_step() {
        PlannerResult r = replan(kitchenDoorClosed(), CLEAN, failed(CLEAN, 1, FailureReason.UNREACHABLE));
        assertThat(((Plan) r).labels()).containsExactly("open_door:kitchen door", "clean_area:kitchen", "dock");
        assertThat(((Plan) r).rationale()).contains("kitchen door");
    }

    @Test
    void should_not_try_the_same_door_twice() {
        Plan second = (Plan) replan(kitchenDoorClosed(), CLEAN, failed(CLEAN, 1, FailureReason.BLOCKED));
        PlannerResult r = replan(kitchenDoorClosed(), second, failed(second, 1, FailureReason.BLOCKED));
        assertThat(r).isInstanceOf(Refusal.class);
        assertThat(((Refusal) r).rule()).isEqualTo(DoorReplanner.BLOCKED_RULE);
        assertThat(((Refusal) r).reason()).contains("no free path");
    }

    @Test
    void should_carry_on_once_when_the_door_it_opened_is_open_now() {
        Plan second = (Plan) replan(kitchenDoorClosed(), CLEAN, failed(CLEAN, 1, FailureReason.UNREACHABLE));
        PlannerResult third = replan(LlmFixtures.world(), second, failed(second, 1, FailureReason.UNREACHABLE));
        assertThat(((Plan) third).labels()).containsExactly("clean_area:kitchen", "dock");
        PlannerResult fourth = replan(LlmFixtures.world(), (Plan) third, failed((Plan) third, 0, FailureReason.UNREACHABLE));
        assertThat(fourth).isInstanceOf(Refusal.class);
    }

    @Test
    void should_say_why_when_no_closed_door_is_in_the_way() {
        PlannerResult r = replan(LlmFixtures.world(), CLEAN, failed(CLEAN, 1, FailureReason.BLOCKED));
        assertThat(r).isInstanceOf(Refusal.class);
        assertThat(((Refusal) r).reason()).startsWith("I couldn't do clean area:kitchen: no free path");
    }

    @Test
    void should_ask_when_the_target_was_not_found_and_stop_after_an_estop() {
        Plan fetch = new Plan(LlmFixtures.ID, List.of(new Action.PickUp("toy car")), "");
        assertThat(replan(LlmFixtures.world(), fetch, failed(fetch, 0, FailureReason.UNKNOWN_TARGET)))
                .isInstanceOf(Clarification.class);
        PlannerResult stopped = replan(kitchenDoorClosed(), CLEAN, failed(CLEAN, 1, FailureReason.EMERGENCY_STOP));
        assertThat(((Refusal) stopped).rule()).isEqualTo(Planner.NO_REPLAN_RULE);
    }

    @Test
    void should_refuse_by_default_in_planners_that_do_not_replan() {
        Planner plain = new Planner() {
            @Override
            public String name() {
                return "plain";
            }

            @Override
            public PlannerResult plan(dev.rosie.core.command.Command command, WorldSnapshot world) {
                return new Refusal(command.id(), "no", "no");
            }
        };
        PlannerResult r = plain.replan(LlmFixtures.command("clean the kitchen"), kitchenDoorClosed(), CLEAN,
                failed(CLEAN, 1, FailureReason.BLOCKED));
        assertThat(((Refusal) r).rule()).isEqualTo(Planner.NO_REPLAN_RULE);
        assertThat(((Refusal) r).reason()).contains("clean_area:kitchen failed (blocked)");
    }
}
