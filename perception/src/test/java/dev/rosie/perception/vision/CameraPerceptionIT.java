package dev.rosie.perception.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Trust;
import dev.rosie.core.perception.Observation;
import dev.rosie.core.perception.PersonSeen;
import dev.rosie.core.perception.TextSeen;
import dev.rosie.core.robot.CameraFrame;
import dev.rosie.core.world.Pose;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameraPerceptionIT {
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");
    private final CameraPerception eyes = new CameraPerception(SharedVision.ocr(), SharedVision.hog(),
            CameraModel.withFov(Math.toRadians(60)));

    private static CameraFrame frame(RgbImage image, Pose pose) {
        return new CameraFrame(T, pose, image.width(), image.height(), image.rgb());
    }

    @Test
    void should_report_a_sign_as_one_untrusted_text_with_its_provenance() {
        Pose pose = new Pose(1.0, 2.0, Math.PI / 2);
        List<Observation> seen = eyes.look(frame(DebianImages.load(DebianImages.NOTICE_SIGN), pose));
        List<TextSeen> texts = seen.stream().filter(TextSeen.class::isInstance).map(TextSeen.class::cast).toList();
        assertThat(texts).first().satisfies(t -> {
            assertThat(t.text()).isEqualTo("NOTICE DOUBLE PARKING PROHIBITED ATALLTIMES");
            assertThat(t.source().channel()).isEqualTo(Channel.CAMERA);
            assertThat(t.source().trust()).isEqualTo(Trust.UNTRUSTED);
            assertThat(t.when()).isEqualTo(T);
            assertThat(t.from()).isEqualTo(pose);
            assertThat(t.where()).contains("(1.00, 2.00)").contains("facing 90 deg");
            assertThat(t.asUntrusted().source().trust()).isEqualTo(Trust.UNTRUSTED);
        });
    }

    @Test
    void should_report_the_person_left_of_centre_with_a_bearing_and_distance() {
        Pose pose = new Pose(0, 0, 0);
        List<PersonSeen> people = eyes.look(frame(DebianImages.load(DebianImages.PERSON), pose)).stream()
                .filter(PersonSeen.class::isInstance).map(PersonSeen.class::cast).toList();
        assertThat(people).hasSize(1);
        PersonSeen p = people.getFirst();
        // The box centre is ~90 px left of the 640 px frame's centre: about 8 degrees left at 60 degrees across.
        assertThat(Math.toDegrees(p.bearing())).isBetween(3.0, 15.0);
        assertThat(p.distance()).isBetween(1.0, 5.0);
        assertThat(p.position().y()).isPositive();
        assertThat(p.provenance()).isEqualTo("camera/hog");
        assertThat(p.when()).isEqualTo(T);
        assertThat(p.position().x()).isCloseTo(p.distance() * Math.cos(p.bearing()), within(1e-9));
    }
}
