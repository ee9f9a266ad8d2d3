package dev.rosie.perception.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HogPeopleDetectorIT {
    private final HogPeopleDetector hog = SharedVision.hog();

    @Test
    void should_find_the_person_in_darknets_person_photo() {
        RgbImage photo = DebianImages.load(DebianImages.PERSON);
        List<PersonBox> people = hog.detect(photo);
        assertThat(people).hasSize(1);
        PersonBox p = people.getFirst();
        assertThat(p.weight()).isGreaterThanOrEqualTo(HogPeopleDetector.DEFAULT_MIN_WEIGHT);
        // The woman stands left of centre, filling most of the frame's height.
        assertThat(p.box().centreX()).isBetween(150.0, 320.0);
        assertThat(p.box().height()).isGreaterThan(photo.height() * 0.6);
    }

    @Test
    void should_report_no_person_at_or_above_the_threshold_in_the_dog_photo() {
        RgbImage photo = DebianImages.load(DebianImages.DOG);
        assertThat(hog.detect(photo)).isEmpty();
        // The threshold is what drops it: HOG's raw output holds one weak false positive.
        assertThat(hog.detectAll(photo)).allSatisfy(p -> assertThat(p.weight()).isLessThan(hog.minWeight()));
    }

    @Test
    void should_find_nobody_in_a_plain_grey_frame() {
        byte[] grey = new byte[320 * 240 * 3];
        Arrays.fill(grey, (byte) 128);
        assertThat(hog.detectAll(new RgbImage(320, 240, grey))).isEmpty();
    }
}
