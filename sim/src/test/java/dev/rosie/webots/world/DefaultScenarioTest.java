package dev.rosie.webots.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.actuation.ExecutorConfig;
import dev.rosie.core.ManualClock;
import dev.rosie.perception.intake.CommandIntake;
import dev.rosie.perception.intake.TextNormalizer;
import dev.rosie.planner.rules.RuleBasedPlanner;
import dev.rosie.safety.InputScreener;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.SafetyGuard;
import dev.rosie.sim.SimDriver;
import dev.rosie.webots.Console;
import dev.rosie.webots.ControlLoop;
import dev.rosie.webots.ControllerArgs;
import dev.rosie.webots.RosieController;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import dev.rosie.worldmodel.store.SqliteWorldModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the committed world asks of its robot (its controllerArgs), parsed as the controller parses
 * them and run through the controller's loop on the embedded simulator: the default Webots scenario
 * is one Rosie can carry out, and ends as it should (done, then refused by the cooldown).
 */
class DefaultScenarioTest {
    @TempDir
    Path data;

    @Test
    void should_do_then_refuse_when_running_the_worlds_default_commands() throws IOException {
        WbtTree tree = new WbtTree(Files.readString(ApartmentWorldTest.WORLD, StandardCharsets.UTF_8));
        WbtTree.Node robot = tree.roots.stream().filter(n -> n.type().equals("Create")).findFirst().orElseThrow();
        List<String> argv = new ArrayList<>();
        for (Object o : (List<?>) robot.fields().get("controllerArgs")) {
            argv.add(((WbtTree.Str) o).value());
        }
        ControllerArgs args = ControllerArgs.parse(argv.toArray(String[]::new), Map.of(), data.toString());
        assertThat(args.commands()).hasSize(2);

        ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        LoadedMap map = new RosieMapLoader(Clock.fixed(clock.instant(), ZoneOffset.UTC)).referenceApartment();
        try (SqliteWorldModel world = SqliteWorldModel.open(data, map, clock)) {
            SimDriver body = new SimDriver(map.map(), map.map().dock(), clock);
            ControlLoop loop = new ControlLoop(world,
                    new CommandIntake(new TextNormalizer(), new InputScreener(), clock, RosieController.ids(clock)),
                    new RuleBasedPlanner(), new SafetyGuard(new PolicyLoader().loadReference(), clock), body, clock, () -> {
                        body.step();
                        return true;
                    }, ExecutorConfig.defaults(), RosieController.MAX_RUN,
                    new Console(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8), clock));
            assertThat(loop.handle(args.commands().get(0), args.source()))
                    .isInstanceOfSatisfying(ControlLoop.Outcome.Executed.class, e -> assertThat(e.succeeded()).isTrue());
            clock.advance(Duration.ofMinutes(1));
            assertThat(loop.handle(args.commands().get(1), args.source()))
                    .isInstanceOfSatisfying(ControlLoop.Outcome.Refused.class,
                            r -> assertThat(r.refusal().rule()).isEqualTo("cleaning-cooldown"));
        }
    }
}
