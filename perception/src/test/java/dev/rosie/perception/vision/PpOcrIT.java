package dev.rosie.perception.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PpOcrIT {
    private final PpOcr ocr = SharedVision.ocr();

    private static List<String> texts(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).toList();
    }

    @Test
    void should_read_a_printed_page_line_by_line_in_reading_order() {
        List<TextLine> lines = ocr.read(DebianImages.load(DebianImages.BOOK_PAGE));
        assertThat(lines).hasSize(13);
        assertThat(texts(lines)).startsWith("technical details are too complex to cover in the book itself.",
                "In teaching our courses, we have found it useful for the students to attempt a number of");
        assertThat(lines.getLast().text()).isEqualTo("inspiration from three high-level approaches:");
        assertThat(lines).allSatisfy(l -> assertThat(l.confidence()).isGreaterThan(0.9));
        assertThat(lines.get(0).box().y()).isLessThan(lines.get(1).box().y());
    }

    @Test
    void should_read_the_words_of_a_street_sign_in_a_photograph() {
        List<String> read = texts(ocr.read(DebianImages.load(DebianImages.NOTICE_SIGN)));
        assertThat(read).containsSubsequence("NOTICE", "DOUBLE", "PARKING", "PROHIBITED");
        List<String> noParking = texts(ocr.read(DebianImages.load(DebianImages.NO_PARKING)));
        assertThat(String.join(" ", noParking).replace(" ", "")).contains("NOPARKING");
    }

    @Test
    void should_find_no_text_in_a_photograph_without_any() {
        assertThat(ocr.read(DebianImages.load(DebianImages.PERSON))).isEmpty();
    }

    @Test
    void should_find_no_text_in_a_blank_image() {
        byte[] white = new byte[200 * 100 * 3];
        Arrays.fill(white, (byte) 255);
        assertThat(ocr.detect(new RgbImage(200, 100, white))).isEmpty();
    }

    @Test
    void should_size_detector_input_in_multiples_of_32_within_bounds() {
        assertThat(ocr.detectorSize(320, 240)).containsExactly(640, 480);
        assertThat(ocr.detectorSize(1920, 1080)).containsExactly(960, 544);
        assertThat(ocr.detectorSize(640, 480)).containsExactly(640, 480);
    }
}
