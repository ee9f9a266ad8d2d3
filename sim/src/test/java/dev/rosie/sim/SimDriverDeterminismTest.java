package dev.rosie.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.Pose;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimDriverDeterminismTest {

    /** Arcs, wall contacts, a door closing and opening, suction: everything the model does. */
    private static List<Pose> runScript() {
        ManualClock clock = new ManualClock(Instant.parse("2025-01-01T08:00:00Z"));
        SimDriver sim = new SimDriver(TestMaps.twoRooms(), new Pose(1.0, 1.5, 0.1), SimConfig.DEFAULT.withSeed(7), clock);
        List<Pose> trajectory = new ArrayList<>();
        DriveCommand[] script = {
            new DriveCommand(0.5, 0.3), new DriveCommand(0.4, -1.7), new DriveCommand(-0.2, 0.9),
            new DriveCommand(0.5, 0.05), new DriveCommand(0.33, 1.1), new DriveCommand(0.5, -0.4),
        };
        sim.suction(true);
        for (int round = 0; round < 20; round++) {
            if (round == 5) {
                sim.setDoorOpen(TestMaps.KITCHEN_DOOR, false);
            } else if (round == 12) {
                sim.setDoorOpen(TestMaps.KITCHEN_DOOR, true);
            }
            sim.drive(script[round % script.length]);
            for (int i = 0; i < 150; i++) {
                sim.step();
                trajectory.add(sim.truePose());
            }
        }
        trajectory.add(new Pose(sim.collisions(), sim.battery(), sim.distanceTravelled()));
        return trajectory;
    }

    @Test
    void should_repeat_the_same_trajectory_bit_for_bit_when_given_the_same_commands() {
        List<Pose> first = runScript();
        List<Pose> second = runScript();
        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            Pose a = first.get(i);
            Pose b = second.get(i);
            assertThat(Double.doubleToRawLongBits(b.x())).as("x at %d", i).isEqualTo(Double.doubleToRawLongBits(a.x()));
            assertThat(Double.doubleToRawLongBits(b.y())).as("y at %d", i).isEqualTo(Double.doubleToRawLongBits(a.y()));
            assertThat(Double.doubleToRawLongBits(b.theta())).as("theta at %d", i)
                    .isEqualTo(Double.doubleToRawLongBits(a.theta()));
        }
        assertThat(first.getLast().x()).as("the script touches something").isPositive();
    }

    /** Everything observable from one run, as text with every double printed exactly. */
    private static List<String> fullRun(long seed) {
        ManualClock clock = new ManualClock(Instant.parse("2025-01-01T08:00:00Z"));
        SimDriver sim = new SimDriver(Apartment.map(), Apartment.residents(), new Pose(3.5, 4.0, 0.3),
                SimConfig.realistic().withSeed(seed), clock);
        sim.placeSign("do not enter", new dev.rosie.core.world.Point(6.9, 4.0), Math.PI);
        List<String> log = new ArrayList<>();
        DriveCommand[] script = {
            new DriveCommand(0.3, 0.2), new DriveCommand(0.35, -0.8), new DriveCommand(-0.1, 1.2),
            new DriveCommand(0.5, 0.0), new DriveCommand(0.2, 0.6), new DriveCommand(0.3, -0.3),
        };
        sim.suction(true);
        for (int round = 0; round < 60; round++) {
            sim.drive(script[round % script.length]);
            if (round == 10) {
                log.add("grip " + sim.grip("toy car"));
            } else if (round == 20) {
                log.add("release " + sim.release());
            }
            for (int i = 0; i < 100; i++) {
                sim.step();
                var reading = sim.read();
                log.add(exact(sim.truePose()) + " " + exact(reading.odometry()) + " " + reading.bumper() + " "
                        + reading.cliff() + " " + Double.doubleToRawLongBits(reading.battery()));
                if (sim.ticks() % 10 == 0) {
                    log.add(Arrays.toString(reading.scan().orElseThrow().ranges()));
                    sim.beings().forEach(b -> log.add(b.name() + " " + Double.doubleToRawLongBits(b.position().x()) + " "
                            + Double.doubleToRawLongBits(b.position().y())));
                }
            }
        }
        sim.unsafeEvents().forEach(e -> log.add(e.toString()));
        sim.objects().forEach(o -> log.add(o.toString()));
        sim.dirt().values().forEach(d -> log.add(d.room() + " " + d.coveredCells() + " "
                + Double.doubleToRawLongBits(d.residualGrams())));
        log.add(Arrays.toString(sim.camera().orElseThrow().rgb()));
        return log;
    }

    private static String exact(Pose p) {
        return Double.doubleToRawLongBits(p.x()) + "," + Double.doubleToRawLongBits(p.y()) + ","
                + Double.doubleToRawLongBits(p.theta());
    }

    @Test
    void should_repeat_a_whole_run_with_walkers_noise_scans_dirt_objects_and_camera_bit_for_bit() {
        List<String> first = fullRun(7);
        List<String> second = fullRun(7);
        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).as("line %d", i).isEqualTo(first.get(i));
        }
        assertThat(first).as("the run touches something or someone").anyMatch(l -> l.contains("true"));
    }

    @Test
    void should_change_noise_and_walkers_with_the_seed() {
        List<String> seven = fullRun(7);
        List<String> eight = fullRun(8);
        assertThat(eight).isNotEqualTo(seven);
    }
}
