package dev.rosie.webots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.rosie.core.robot.DriveCommand;
import org.junit.jupiter.api.Test;

class DiffDriveTest {
    private final DiffDrive create = CreateSpec.drive();

    @Test
    void should_turn_both_wheels_alike_when_driving_straight() {
        DiffDrive.WheelSpeeds w = create.wheelSpeeds(new DriveCommand(0.31, 0));
        assertThat(w.left()).isCloseTo(10.0, offset(1e-9));
        assertThat(w.right()).isCloseTo(10.0, offset(1e-9));
    }

    @Test
    void should_run_the_right_wheel_forward_when_turning_counter_clockwise() {
        DiffDrive.WheelSpeeds w = create.wheelSpeeds(new DriveCommand(0, 1.0));
        assertThat(w.right()).isPositive().isCloseTo(CreateSpec.AXLE_LENGTH / 2 / CreateSpec.WHEEL_RADIUS, offset(1e-9));
        assertThat(w.left()).isCloseTo(-w.right(), offset(1e-12));
    }

    @Test
    void should_keep_the_arc_and_slow_down_when_a_wheel_would_exceed_the_motor_limit() {
        DriveCommand fast = new DriveCommand(1.0, 2.0);
        DiffDrive.WheelSpeeds w = create.wheelSpeeds(fast);
        assertThat(Math.max(Math.abs(w.left()), Math.abs(w.right()))).isCloseTo(CreateSpec.MAX_WHEEL_SPEED, offset(1e-9));
        DiffDrive.Motion m = create.motion(w.left(), w.right());
        // Same curvature (turn per metre) as commanded.
        assertThat(m.turn() / m.distance()).isCloseTo(2.0, offset(1e-9));
    }

    @Test
    void should_give_back_the_commanded_motion_when_the_wheels_turned_as_asked() {
        DriveCommand cmd = new DriveCommand(0.2, -0.7);
        DiffDrive.WheelSpeeds w = create.wheelSpeeds(cmd);
        double dt = 0.016;
        DiffDrive.Motion m = create.motion(w.left() * dt, w.right() * dt);
        assertThat(m.distance() / dt).isCloseTo(0.2, offset(1e-12));
        assertThat(m.turn() / dt).isCloseTo(-0.7, offset(1e-12));
    }

    @Test
    void should_refuse_a_drive_without_size() {
        assertThatThrownBy(() -> new DiffDrive(0, 0.27, 16)).isInstanceOf(IllegalArgumentException.class);
    }
}
