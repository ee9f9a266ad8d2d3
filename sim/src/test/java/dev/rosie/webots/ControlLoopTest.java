package dev.rosie.webots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.actuation.ExecutorConfig;
import dev.rosie.core.ManualClock;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.HistoryEvent;
import dev.rosie.core.world.Pose;
import dev.rosie.perception.intake.CommandIntake;
import dev.rosie.perception.intake.TextNormalizer;
import dev.rosie.planner.rules.RuleBasedPlanner;
import dev.rosie.safety.InputScreener;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.sim.SimDriver;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import dev.rosie.worldmodel.store.SqliteWorldModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Webots controller's loop, wired exactly as {@link RosieController} wires it, on a body that
 * can run here: the embedded simulator, ticked as Webots would tick the Create. This checks Rosie's
 * side of the Webots path (intake, planner, guard, executor, monitor, history) end to end; the
 * Webots side cannot be run in this build.
 */
class ControlLoopTest {
    static final Source ALEX = Source.cli("alex", Trust.OWNER);

    @TempDir
    Path data;

    private ManualClock clock;
    private SqliteWorldModel world;
    private SimDriver body;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        LoadedMap map = new RosieMapLoader(Clock.fixed(clock.instant(), ZoneOffset.UTC)).referenceApartment();
        world = SqliteWorldModel.open(data, map, clock);
        body = new SimDriver(map.map(), map.map().dock(), clock);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private ControlLoop loop(ControlLoop.Tick tick) {
        CommandIntake intake = new CommandIntake(new TextNormalizer(), new InputScreener(), clock, RosieController.ids(clock));
        return new ControlLoop(world, intake, new RuleBasedPlanner(), new SafetyGuard(new PolicyLoader().loadReference(), clock),
                body, clock, tick, ExecutorConfig.defaults(), RosieController.MAX_RUN,
                new Console(new PrintStream(out, true, StandardCharsets.UTF_8), clock));
    }

    private ControlLoop loop() {
        return loop(() -> {
            body.step();
            return true;
        });
    }

    @Test
    void should_clean_then_refuse_the_repeat_when_given_the_reference_scenario() {
        ControlLoop loop = loop();
        ControlLoop.Outcome first = loop.handle("Rosie, clean the living room", ALEX);
        assertThat(first).isInstanceOfSatisfying(ControlLoop.Outcome.Executed.class, e -> {
            assertThat(e.succeeded()).isTrue();
            assertThat(e.took()).isGreaterThan(Duration.ofMinutes(1));
        });
        assertThat(world.lastCompletedCleaning("living room")).isPresent();
        clock.advance(Duration.ofMinutes(1));
        Pose before = body.truePose();
        ControlLoop.Outcome second = loop.handle("Rosie, clean the living room", ALEX);
        assertThat(second).isInstanceOfSatisfying(ControlLoop.Outcome.Refused.class,
                r -> assertThat(r.refusal().rule()).isEqualTo("cleaning-cooldown"));
        assertThat(body.truePose()).isEqualTo(before);
        assertThat(world.history(100)).extracting(HistoryEvent::kind).contains("command", "plan", "verdict", "outcome");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("APPROVED").contains("REFUSED, rule cleaning-cooldown")
                .contains("cleaning log: living room");
    }

    @Test
    void should_not_move_when_asked_to_go_down_the_stairs() {
        AtomicInteger ticks = new AtomicInteger();
        ControlLoop loop = loop(() -> {
            ticks.incrementAndGet();
            body.step();
            return true;
        });
        ControlLoop.Outcome o = loop.handle("go down the stairs", ALEX);
        assertThat(o).isInstanceOf(ControlLoop.Outcome.Refused.class);
        assertThat(ticks).hasValue(0);
        assertThat(body.distanceTravelled()).isZero();
    }

    @Test
    void should_say_it_is_not_a_command_when_the_text_is_empty() {
        assertThat(loop().handle("   ", ALEX)).isInstanceOf(ControlLoop.Outcome.NotACommand.class);
    }

    @Test
    void should_stop_the_plan_and_say_so_when_the_simulation_ends_mid_run() {
        AtomicInteger left = new AtomicInteger(50);
        ControlLoop loop = loop(() -> {
            if (left.decrementAndGet() < 0) {
                return false;
            }
            body.step();
            return true;
        });
        ControlLoop.Outcome o = loop.handle("clean the kitchen", ALEX);
        assertThat(o).isInstanceOf(ControlLoop.Outcome.Ended.class);
        assertThat(body.commanded().isZero()).isTrue();
        assertThat(body.suctionOn()).isFalse();
    }
}
