package dev.rosie.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.Pose;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
}
