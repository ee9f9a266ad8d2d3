package dev.rosie.perception.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CameraModelTest {
    private final CameraModel camera = CameraModel.withFov(Math.toRadians(60));

    @Test
    void should_put_the_image_centre_dead_ahead_and_the_edges_at_half_the_field_of_view() {
        assertThat(camera.bearing(160, 320)).isCloseTo(0, within(1e-12));
        assertThat(Math.toDegrees(camera.bearing(0, 320))).isCloseTo(30, within(1e-9));
        assertThat(Math.toDegrees(camera.bearing(320, 320))).isCloseTo(-30, within(1e-9));
    }

    @Test
    void should_estimate_distance_from_box_height_with_the_pinhole_model() {
        double f = 160 / Math.tan(Math.toRadians(30));
        // A 1.7 m person filling 75% of a box: box height = f * 1.7 / 0.75 / z.
        double box = f * 1.7 / 0.75 / 3.0;
        assertThat(camera.personDistance(box, 0, 320)).isCloseTo(3.0, within(1e-9));
        assertThat(camera.personDistance(box, Math.toRadians(20), 320)).isCloseTo(3.0 / Math.cos(Math.toRadians(20)),
                within(1e-9));
    }

    @Test
    void should_refuse_a_field_of_view_a_pinhole_camera_cannot_have() {
        assertThatThrownBy(() -> CameraModel.withFov(Math.PI)).hasMessageContaining("horizontalFov");
    }
}
