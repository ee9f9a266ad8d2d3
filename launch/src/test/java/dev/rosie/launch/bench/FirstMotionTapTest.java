package dev.rosie.launch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.testing.FakeDriver;
import dev.rosie.core.world.Pose;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FirstMotionTapTest {
    private final AtomicLong ticker = new AtomicLong(100);
    private final FakeDriver body = new FakeDriver(new Pose(0, 0, 0), new ManualClock(Instant.EPOCH));
    private final FirstMotionTap tap = new FirstMotionTap(body, ticker::get);

    @Test
    void should_note_only_the_first_moving_command_after_it_is_armed_and_pass_every_command_on() {
        tap.drive(new DriveCommand(0.2, 0));
        assertThat(tap.firstMotion()).as("not armed yet").isEmpty();

        tap.arm();
        ticker.set(200);
        tap.drive(DriveCommand.ZERO);
        assertThat(tap.firstMotion()).as("standing still is not motion").isEmpty();
        ticker.set(300);
        tap.drive(new DriveCommand(0, 0.5));
        ticker.set(400);
        tap.drive(new DriveCommand(0.3, 0));

        assertThat(tap.firstMotion()).hasValue(300);
        assertThat(body.commands()).containsExactly(new DriveCommand(0.2, 0), DriveCommand.ZERO, new DriveCommand(0, 0.5),
                new DriveCommand(0.3, 0));
        tap.arm();
        assertThat(tap.firstMotion()).as("arming forgets the last run").isEmpty();
    }
}
