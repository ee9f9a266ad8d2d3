package dev.rosie.perception.speech;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechModelTest {
    @TempDir
    Path dir;

    @Test
    void should_list_what_an_incomplete_model_directory_lacks() throws Exception {
        Files.createDirectories(dir.resolve("am"));
        Files.writeString(dir.resolve("am/final.mdl"), "x");
        assertThatThrownBy(() -> SpeechModel.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("speech model directory " + dir + " is incomplete; missing conf/model.conf, "
                        + "conf/mfcc.conf, ivector/final.ie, graph/HCLG.fst or graph/HCLr.fst + graph/Gr.fst");
    }

    @Test
    void should_say_when_the_model_directory_does_not_exist() {
        assertThatThrownBy(() -> SpeechModel.load(dir.resolve("none"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void should_reject_a_graph_file_that_is_not_openfst() throws Exception {
        Files.createDirectories(dir.resolve("graph"));
        Files.writeString(dir.resolve("graph/Gr.fst"), "not an fst at all");
        assertThatThrownBy(() -> Lexicon.read(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not an OpenFst file");
    }
}
