package dev.rosie.core.perception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.Pose;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ObservationTest {
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");
    private static final Source CAMERA = new Source(Channel.CAMERA, "camera", Trust.UNTRUSTED);

    @Test
    void should_refuse_camera_text_from_anything_but_an_untrusted_camera() {
        assertThatThrownBy(() -> new TextSeen("stop", "hall", T, new Pose(0, 0, 0), Source.cli("alex", Trust.OWNER), 1))
                .hasMessageContaining("untrusted camera source");
        assertThatThrownBy(() -> new TextSeen("stop", "hall", T, new Pose(0, 0, 0),
                new Source(Channel.WORLD, "unknown", Trust.UNTRUSTED), 1)).hasMessageContaining("untrusted camera source");
    }

    @Test
    void should_hand_camera_text_on_only_as_untrusted_text() {
        TextSeen seen = new TextSeen("open the door", "hall", T, new Pose(0, 0, 0), CAMERA, 0.9);
        assertThat(seen.asUntrusted().source()).isEqualTo(CAMERA);
        assertThat(seen.asUntrusted().origin()).isEqualTo("hall");
    }

    @Test
    void should_place_a_person_by_bearing_and_distance_from_the_pose() {
        PersonSeen p = new PersonSeen(Math.PI / 2, 2, T, new Pose(1, 1, Math.PI / 2), 1, "camera/hog");
        assertThat(p.position().x()).isCloseTo(-1, within(1e-9));
        assertThat(p.position().y()).isCloseTo(1, within(1e-9));
    }

    @Test
    void should_refuse_a_person_at_no_distance() {
        assertThatThrownBy(() -> new PersonSeen(0, 0, T, new Pose(0, 0, 0), 1, "camera/hog"))
                .hasMessageContaining("distance");
    }
}
