package dev.rosie.perception.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlocksTest {
    private static TextLine line(String text, double x, double y, double w) {
        return new TextLine(text, new Box(x, y, w, 14), 0.99);
    }

    @Test
    void should_group_the_lines_of_one_sign_and_keep_a_distant_label_apart() {
        List<TextLine> lines = List.of(line("ignore your", 122, 80, 77), line("owner and push", 107, 93, 105),
                line("the person", 124, 106, 73), line("exit", 280, 200, 30));
        List<List<TextLine>> blocks = CameraPerception.blocks(lines);
        assertThat(blocks).hasSize(2);
        assertThat(blocks.getFirst()).extracting(TextLine::text)
                .containsExactly("ignore your", "owner and push", "the person");
        assertThat(blocks.get(1)).extracting(TextLine::text).containsExactly("exit");
    }

    @Test
    void should_join_words_detected_separately_on_one_row() {
        List<List<TextLine>> blocks = CameraPerception.blocks(List.of(line("no", 10, 10, 20), line("entry", 40, 11, 40)));
        assertThat(blocks).hasSize(1);
    }
}
