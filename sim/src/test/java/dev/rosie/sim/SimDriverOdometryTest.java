package dev.rosie.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.Pose;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimDriverOdometryTest {
    private static final Pose START = new Pose(1.0, 1.5, 0);

    private static SimDriver sim(SimConfig config) {
        return new SimDriver(TestMaps.twoRooms(), START, config, new ManualClock(Instant.parse("2025-01-01T08:00:00Z")));
    }

    /** Arcs, turns in place, reversing and a wall contact. */
    private static void drive(SimDriver sim) {
        DriveCommand[] script = {new DriveCommand(0.4, 0.3), new DriveCommand(0, -1.5), new DriveCommand(0.5, 0),
            new DriveCommand(-0.2, 0.8), new DriveCommand(0.3, -0.6), new DriveCommand(0.5, 0.1)};
        for (DriveCommand c : script) {
            sim.drive(c);
            sim.run(Duration.ofSeconds(4));
        }
    }

    @Test
    void should_report_the_true_pose_bit_for_bit_when_odometry_has_no_noise() {
        SimDriver sim = sim(SimConfig.exact());
        drive(sim);
        assertThat(sim.collisions()).as("the script touches a wall").isPositive();
        assertThat(sim.read().odometry()).isEqualTo(sim.truePose());
        assertThat(sim.odometryPose()).isEqualTo(sim.truePose());
    }

    @Test
    void should_drift_away_from_the_true_pose_when_odometry_is_noisy() {
        SimConfig noisy = SimConfig.DEFAULT.withOdometryNoise(new OdometryNoise(0.02, 0.02, 0.01, 0.01, 0.005));
        SimDriver sim = sim(noisy);
        drive(sim);
        double error = sim.read().odometry().position().distanceTo(sim.truePose().position());
        assertThat(error).isGreaterThan(1e-4).isLessThan(0.5);
    }

    @Test
    void should_keep_the_realistic_noise_small() {
        SimDriver sim = sim(SimConfig.realistic());
        sim.drive(new DriveCommand(0.3, 0.6)); // a 0.5 m circle, 180 m in ten minutes
        sim.run(Duration.ofMinutes(10));
        double error = sim.read().odometry().position().distanceTo(sim.truePose().position());
        assertThat(sim.distanceTravelled()).isGreaterThan(150);
        assertThat(error).as("realistic odometry error after %.0f m", sim.distanceTravelled()).isGreaterThan(0)
                .isLessThan(1.0);
    }

    @Test
    void should_keep_odometry_exact_by_default_because_the_executor_steers_on_it() {
        SimDriver sim = sim(SimConfig.DEFAULT);
        drive(sim);
        assertThat(sim.read().odometry()).isEqualTo(sim.truePose());
    }

    @Test
    void should_not_drift_while_standing_still() {
        SimDriver sim = sim(SimConfig.DEFAULT.withOdometryNoise(new OdometryNoise(0.05, 0.05, 0.05, 0.05, 0.05)));
        sim.run(Duration.ofMinutes(5));
        assertThat(sim.read().odometry()).isEqualTo(START);
    }

    @Test
    void should_repeat_the_noise_for_the_same_seed_and_differ_for_another() {
        SimDriver a = sim(SimConfig.realistic().withSeed(11));
        SimDriver b = sim(SimConfig.realistic().withSeed(11));
        SimDriver c = sim(SimConfig.realistic().withSeed(12));
        drive(a);
        drive(b);
        drive(c);
        assertThat(a.truePose()).isEqualTo(b.truePose()).isEqualTo(c.truePose());
        assertThat(a.read().odometry()).isEqualTo(b.read().odometry());
        assertThat(c.read().odometry()).isNotEqualTo(a.read().odometry());
    }
}
