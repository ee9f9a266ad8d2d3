package dev.rosie.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.Pose;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimDriverBatteryTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2025-01-01T08:00:00Z"));
    private final Pose awayFromDock = new Pose(1.0, 1.5, 0);

    private SimDriver sim(SimConfig config, Pose start) {
        return new SimDriver(TestMaps.twoRooms(), start, config, clock);
    }

    @Test
    void should_drain_the_battery_with_distance_driven() {
        SimDriver sim = sim(SimConfig.DEFAULT, awayFromDock);
        sim.drive(new DriveCommand(0.5, 0));
        sim.run(Duration.ofSeconds(3));
        assertThat(sim.read().battery()).isCloseTo(1 - 1.375 * SimConfig.DEFAULT.drainPerMetre(), within(1e-12));
    }

    @Test
    void should_drain_the_battery_with_suction_time_and_not_while_idle() {
        SimDriver sim = sim(SimConfig.DEFAULT, awayFromDock);
        sim.run(Duration.ofSeconds(100));
        assertThat(sim.battery()).isEqualTo(1.0);
        sim.suction(true);
        sim.run(Duration.ofSeconds(100));
        assertThat(sim.suctionOn()).isTrue();
        assertThat(sim.battery()).isCloseTo(1 - 100 * SimConfig.DEFAULT.drainPerSuctionSecond(), within(1e-9));
    }

    @Test
    void should_charge_while_standing_on_the_dock() {
        SimDriver sim = sim(SimConfig.DEFAULT.withInitialBattery(0.5), TestMaps.TWO_ROOMS_DOCK);
        assertThat(sim.read().docked()).isTrue();
        sim.run(Duration.ofSeconds(100));
        assertThat(sim.read().battery()).isCloseTo(0.5 + 100 * SimConfig.DEFAULT.chargePerSecond(), within(1e-9));
    }

    @Test
    void should_stop_charging_at_full() {
        SimDriver sim = sim(SimConfig.DEFAULT.withInitialBattery(0.999), TestMaps.TWO_ROOMS_DOCK);
        sim.run(Duration.ofMinutes(10));
        assertThat(sim.battery()).isEqualTo(1.0);
    }

    @Test
    void should_not_read_docked_while_moving_or_once_away_from_the_dock() {
        SimDriver sim = sim(SimConfig.DEFAULT.withInitialBattery(0.5), TestMaps.TWO_ROOMS_DOCK);
        sim.drive(new DriveCommand(0.05, 0));
        sim.step();
        assertThat(sim.read().docked()).as("moving on the dock").isFalse();
        sim.run(Duration.ofSeconds(4));
        sim.drive(DriveCommand.ZERO);
        sim.run(Duration.ofSeconds(1));
        assertThat(sim.truePose().position().distanceTo(TestMaps.TWO_ROOMS_DOCK.position())).isGreaterThan(0.15);
        assertThat(sim.read().docked()).isFalse();
        double battery = sim.battery();
        sim.run(Duration.ofSeconds(10));
        assertThat(sim.battery()).isEqualTo(battery);
    }

    @Test
    void should_cut_motors_and_suction_when_the_battery_is_empty() {
        SimConfig config = SimConfig.DEFAULT.withBattery(1.0, 0.0, 0.0, 0.05); // 5 cm of charge left
        SimDriver sim = sim(config, awayFromDock);
        sim.suction(true);
        sim.drive(new DriveCommand(0.3, 0));
        sim.run(Duration.ofSeconds(10));
        assertThat(sim.battery()).isZero();
        assertThat(sim.suctionOn()).isFalse();
        assertThat(sim.linearSpeed()).isZero();
        // 5 cm on the charge, then it coasts to a stop within the deceleration limit: 4.5 cm from 0.3 m/s.
        assertThat(sim.distanceTravelled()).isBetween(0.05, 0.1);
        double travelled = sim.distanceTravelled();
        sim.run(Duration.ofSeconds(10));
        assertThat(sim.distanceTravelled()).isEqualTo(travelled);
    }
}
