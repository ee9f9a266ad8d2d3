package dev.rosie.webots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.rosie.core.world.Pose;
import org.junit.jupiter.api.Test;

class WheelOdometryTest {
    private static final double R = CreateSpec.WHEEL_RADIUS;
    private static final double B = CreateSpec.AXLE_LENGTH;

    @Test
    void should_ignore_readings_before_the_first_sample_when_the_encoders_read_nan() {
        WheelOdometry odo = new WheelOdometry(CreateSpec.drive(), new Pose(6, 6.8, Math.PI / 2));
        odo.update(Double.NaN, Double.NaN);
        odo.update(5.0, 5.0);
        assertThat(odo.pose()).isEqualTo(new Pose(6, 6.8, Math.PI / 2));
    }

    @Test
    void should_move_along_the_heading_when_both_wheels_turn_alike() {
        WheelOdometry odo = new WheelOdometry(CreateSpec.drive(), new Pose(6, 6.8, Math.PI / 2));
        odo.update(1.0, 1.0);
        for (int i = 1; i <= 100; i++) {
            odo.update(1.0 + i * 0.1, 1.0 + i * 0.1);
        }
        assertThat(odo.pose().x()).isCloseTo(6, offset(1e-9));
        assertThat(odo.pose().y()).isCloseTo(6.8 + 10 * R, offset(1e-9));
        assertThat(odo.lastMotion().distance()).isCloseTo(0.1 * R, offset(1e-12));
    }

    @Test
    void should_turn_in_place_a_quarter_when_the_wheels_turn_opposite() {
        WheelOdometry odo = new WheelOdometry(CreateSpec.drive(), new Pose(0, 0, 0));
        odo.update(0, 0);
        double wheel = (Math.PI / 2) * (B / 2) / R;
        int steps = 50;
        for (int i = 1; i <= steps; i++) {
            odo.update(-wheel * i / steps, wheel * i / steps);
        }
        assertThat(odo.pose().theta()).isCloseTo(Math.PI / 2, offset(1e-9));
        assertThat(odo.pose().position().distanceTo(new dev.rosie.core.world.Point(0, 0))).isLessThan(1e-9);
    }

    @Test
    void should_follow_a_circle_when_one_wheel_is_faster() {
        // Radius 1 m, counter-clockwise, a full turn in 200 intervals: it must come back to the start.
        WheelOdometry odo = new WheelOdometry(CreateSpec.drive(), new Pose(0, 0, 0));
        odo.update(0, 0);
        double arc = 2 * Math.PI;
        double left = arc * (1 - B / 2) / R;
        double right = arc * (1 + B / 2) / R;
        for (int i = 1; i <= 200; i++) {
            odo.update(left * i / 200, right * i / 200);
        }
        assertThat(odo.pose().x()).isCloseTo(0, offset(1e-3));
        assertThat(odo.pose().y()).isCloseTo(0, offset(1e-3));
        assertThat(odo.pose().theta()).isCloseTo(0, offset(1e-9));
    }
}
