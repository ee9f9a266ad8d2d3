package dev.rosie.launch.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.Planner;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.execution.FailureReason;
import dev.rosie.planner.openai.OpenAiPlanner;
import dev.rosie.planner.openai.OpenAiSettings;
import dev.rosie.planner.openai.testing.ScriptedChatServer;
import dev.rosie.planner.openai.testing.ScriptedChatServer.Reply;
import dev.rosie.planner.rules.RuleBasedPlanner;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replanning in the simulator: the bathroom door is shut (in the world model and in the simulated
 * flat), driving to the bathroom fails unreachable, and the planner's new plan, approved by the
 * guard, opens the door and carries on.
 */
class RobotReplanTest {
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final Source ALEX = Source.cli("alex", Trust.OWNER);
    private static final String CLEAN_BATHROOM = "{\"kind\":\"plan\",\"steps\":[{\"action\":\"navigate_to\","
            + "\"target\":\"bathroom\"},{\"action\":\"clean_area\",\"room\":\"bathroom\",\"mode\":\"quick\"}]}";

    @TempDir
    Path data;

    private final ScriptedChatServer server = ScriptedChatServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private Robot robot(Planner planner, int maxReplans) {
        Robot robot = RobotFactory.assemble(RobotSpec.of(data,
                new RosieMapLoader(Clock.fixed(NOW, ZoneOffset.UTC)).referenceApartment(), new PolicyLoader().loadReference(),
                planner, NOW, ZoneOffset.UTC, TurnListener.silent()).withMaxReplans(maxReplans));
        robot.world().setDoorOpen("bathroom door", false);
        robot.body().setDoorOpen("bathroom door", false);
        return robot;
    }

    private OpenAiPlanner llm() {
        return OpenAiPlanner.create(OpenAiSettings.of(server.url(), "scripted"), Map.of(), d -> { });
    }

    private static List<FailureReason> failures(Turn.Executed turn) {
        return turn.events().stream().filter(e -> e instanceof ExecutionEvent.StepFailed)
                .map(e -> ((ExecutionEvent.StepFailed) e).reason()).toList();
    }

    @Test
    void should_open_the_door_the_llm_names_after_the_failure_and_clean() {
        server.then(Reply.content(CLEAN_BATHROOM))
                .then(Reply.content("{\"kind\":\"plan\",\"steps\":[{\"action\":\"open_door\",\"door\":\"bathroom door\"},"
                        + "{\"action\":\"navigate_to\",\"target\":\"bathroom\"},"
                        + "{\"action\":\"clean_area\",\"room\":\"bathroom\",\"mode\":\"quick\"}]}"))
                .otherwise(r -> Reply.content(CLEAN_BATHROOM));
        try (Robot robot = robot(llm(), 3)) {
            Turn turn = robot.handle("clean the bathroom", ALEX);

            Turn.Executed done = (Turn.Executed) turn;
            assertThat(done.succeeded()).as(done.events().toString()).isTrue();
            assertThat(done.replans()).isBetween(1, 3);
            assertThat(failures(done)).first().isEqualTo(FailureReason.UNREACHABLE);
            assertThat(robot.body().doorOpen("bathroom door")).isTrue();
            assertThat(robot.world().snapshot().map().door("bathroom door").orElseThrow().open()).isTrue();
            assertThat(done.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(
                    ExecutionEvent.CleaningFinished.class, c -> assertThat(c.coverage()).isGreaterThan(0.8)));
            String replanPrompt = server.requests().get(1).last("user");
            assertThat(replanPrompt).contains("PREVIOUS PLAN FAILED. It was: navigate_to:bathroom, clean_area:bathroom",
                    "step 1 (navigate_to:bathroom) failed: unreachable");
        }
    }

    @Test
    void should_drive_through_a_door_it_opened_earlier_in_the_same_plan_without_replanning() {
        server.then(Reply.content("{\"kind\":\"plan\",\"steps\":[{\"action\":\"open_door\",\"door\":\"bathroom door\"},"
                + "{\"action\":\"clean_area\",\"room\":\"bathroom\",\"mode\":\"quick\"}]}"));
        try (Robot robot = robot(llm(), 0)) {
            Turn.Executed done = (Turn.Executed) robot.handle("open the bathroom door and clean the bathroom", ALEX);

            assertThat(done.succeeded()).as(done.events().toString()).isTrue();
            assertThat(failures(done)).isEmpty();
            assertThat(done.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(
                    ExecutionEvent.CleaningFinished.class, c -> assertThat(c.coverage()).isGreaterThan(0.8)));
        }
    }

    @Test
    void should_fail_a_clean_of_a_room_behind_a_shut_door_and_replan_instead_of_logging_it_clean() {
        server.then(Reply.content("{\"kind\":\"plan\",\"steps\":[{\"action\":\"clean_area\",\"room\":\"bathroom\","
                        + "\"mode\":\"quick\"}]}"))
                .then(Reply.content("{\"kind\":\"plan\",\"steps\":[{\"action\":\"open_door\",\"door\":\"bathroom door\"},"
                        + "{\"action\":\"clean_area\",\"room\":\"bathroom\",\"mode\":\"quick\"}]}"));
        try (Robot robot = robot(llm(), 3)) {
            Turn.Executed done = (Turn.Executed) robot.handle("clean the bathroom", ALEX);

            assertThat(done.succeeded()).as(done.events().toString()).isTrue();
            assertThat(done.replans()).isEqualTo(1);
            assertThat(failures(done)).containsExactly(FailureReason.UNREACHABLE);
            assertThat(robot.world().snapshot().lastCleaned()).containsKey("bathroom");
        }
    }

    @Test
    void should_replan_with_the_rule_based_planner_and_open_the_door() {
        try (Robot robot = robot(new RuleBasedPlanner(), 3)) {
            Turn.Executed done = (Turn.Executed) robot.handle("go to the bathroom", ALEX);
            assertThat(done.succeeded()).as(done.events().toString()).isTrue();
            assertThat(done.replans()).isPositive();
            assertThat(robot.body().doorOpen("bathroom door")).isTrue();
        }
    }

    @Test
    void should_stop_at_the_replan_cap_and_say_so() {
        server.otherwise(r -> Reply.content(CLEAN_BATHROOM));
        try (Robot robot = robot(llm(), 2)) {
            Turn.Executed done = (Turn.Executed) robot.handle("clean the bathroom", ALEX);
            assertThat(done.succeeded()).isFalse();
            assertThat(done.replans()).isEqualTo(2);
            assertThat(failures(done)).containsExactly(FailureReason.UNREACHABLE, FailureReason.UNREACHABLE,
                    FailureReason.UNREACHABLE);
            assertThat(done.gaveUp()).contains("I tried 2 other plans and none worked, so I stopped.");
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void should_send_a_replanned_door_the_guard_forbids_nowhere() {
        server.then(Reply.content(CLEAN_BATHROOM))
                .then(Reply.content("{\"kind\":\"plan\",\"steps\":[{\"action\":\"open_door\",\"door\":\"front door\"},"
                        + "{\"action\":\"navigate_to\",\"target\":\"bathroom\"},{\"action\":\"clean_area\",\"room\":\"bathroom\",\"mode\":\"quick\"}]}"));
        try (Robot robot = robot(llm(), 3)) {
            Turn.Executed done = (Turn.Executed) robot.handle("clean the bathroom", ALEX);
            assertThat(done.succeeded()).isFalse();
            assertThat(done.replans()).isZero();
            assertThat(done.gaveUp()).hasValueSatisfying(s -> assertThat(s).contains("front door"));
            assertThat(robot.body().doorOpen("front door")).isFalse();
        }
    }

    @Test
    void should_not_replan_when_replanning_is_off() {
        server.then(Reply.content(CLEAN_BATHROOM));
        try (Robot robot = robot(llm(), 0)) {
            Turn.Executed done = (Turn.Executed) robot.handle("clean the bathroom", ALEX);
            assertThat(done.succeeded()).isFalse();
            assertThat(server.requests()).hasSize(1);
            assertThat(done.gaveUp()).isPresent();
        }
    }
}
