package dev.rosie.launch.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.ManualClock;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.perception.vision.ObservationRecorder;
import dev.rosie.sim.SimConfig;
import dev.rosie.sim.SimDriver;
import dev.rosie.worldmodel.map.RosieMapLoader;
import dev.rosie.worldmodel.store.SqliteWorldModel;
import dev.rosie.worldmodel.store.StoreOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The robot's eyes on the simulator: periodic looks at their cadence, text into the world as camera notes. */
class EyesIT {
    private static final Instant START = Instant.parse("2026-06-01T09:00:00Z");
    private static LazyVision vision;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        vision = new LazyVision(SimConfig.defaults().sensors().camera().horizontalFov());
    }

    @AfterAll
    static void close() {
        vision.close();
    }

    @Test
    void should_look_every_n_ticks_and_store_a_sign_in_view_once_as_untrusted_camera_text() {
        var map = new RosieMapLoader(Clock.fixed(START, ZoneOffset.UTC)).referenceApartment();
        ManualClock clock = new ManualClock(START, ZoneOffset.UTC);
        try (SqliteWorldModel world = SqliteWorldModel.open(dir, map, clock, StoreOptions.defaults())) {
            // The dock faces a door 1.2 m away; the sign hangs on it.
            Pose dock = map.map().dock();
            SimDriver body = new SimDriver(map.map(), dock, SimConfig.defaults(), clock);
            body.placeSign("WET FLOOR", new Point(dock.x(), dock.y() + 1.0), -Math.PI / 2);
            List<RuntimeException> errors = new ArrayList<>();
            CameraSettings every10 = new CameraSettings(10, Duration.ofMinutes(10));
            List<Long> looked = new ArrayList<>();
            // An inline worker makes the background look happen at once, so the test is deterministic.
            Eyes eyes = new Eyes(vision, new ObservationRecorder(world, map.map(), every10.repeatAfter()), body, every10,
                    job -> {
                        looked.add(body.ticks());
                        job.run();
                    }, errors::add);
            for (int i = 0; i < 35; i++) {
                body.step();
                eyes.afterStep(body.ticks());
            }
            assertThat(errors).isEmpty();
            assertThat(looked).containsExactly(10L, 20L, 30L);
            var notes = world.snapshot().notes();
            assertThat(notes).singleElement().satisfies(n -> {
                assertThat(n.text().replace(" ", "")).isEqualTo("WETFLOOR");
                // Read back from storage a note is world text; its principal still says the camera wrote it.
                assertThat(n.source().principal()).isEqualTo("camera");
                assertThat(n.source().trust()).isEqualTo(dev.rosie.core.command.Trust.UNTRUSTED);
            });
        }
    }

    @Test
    void should_look_when_an_inspect_step_finishes() {
        var map = new RosieMapLoader(Clock.fixed(START, ZoneOffset.UTC)).referenceApartment();
        try (Robot robot = RobotFactory.assemble(RobotSpec.of(dir, map, new dev.rosie.safety.PolicyLoader().loadReference(),
                new dev.rosie.planner.rules.RuleBasedPlanner(), START, ZoneOffset.UTC, new TurnListener() {
                    @Override
                    public void on(dev.rosie.core.execution.ExecutionEvent event) {
                    }
                }).withVision(vision))) {
            Turn turn = robot.handle("look at the trash bin",
                    dev.rosie.core.command.Source.cli("alex", dev.rosie.core.command.Trust.OWNER));
            assertThat(turn).isInstanceOfSatisfying(Turn.Executed.class, e -> assertThat(e.succeeded()).isTrue());
            assertThat(robot.eyes().orElseThrow().looks()).isEqualTo(1);
        }
    }

    @Test
    void should_refuse_a_cadence_that_is_not_a_whole_number() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CameraSettings.from(
                        k -> k.equals(CameraSettings.PROPERTY) ? "often" : null, java.util.Map.of(), CameraSettings.DEFAULT))
                .hasMessageContaining(CameraSettings.PROPERTY).hasMessageContaining("'often'");
        assertThat(CameraSettings.from(k -> null, java.util.Map.of(CameraSettings.ENV, "0"), CameraSettings.DEFAULT)
                .everyTicks()).isZero();
    }
}
