package dev.rosie.launch.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The voices' names are contracts (reports and scripts name them), and CI must install what each one needs. */
class VoiceTest {

    @Test
    void should_keep_the_existing_wire_names_and_the_default() {
        assertThat(Voice.named("festival-hts")).isEqualTo(Voice.FESTIVAL_HTS);
        assertThat(Voice.named("flite-slt")).isEqualTo(Voice.FLITE_SLT);
        assertThat(Voice.named("espeak")).isEqualTo(Voice.ESPEAK);
        assertThat(Voice.DEFAULT).isEqualTo(Voice.FESTIVAL_HTS);
    }

    @Test
    void should_offer_more_than_one_speaker() {
        assertThat(Arrays.stream(Voice.values()).map(Voice::wireName))
                .contains("flite-rms", "flite-awb", "flite-kal16", "festival-kal").doesNotHaveDuplicates();
    }

    @Test
    void should_refuse_an_unknown_voice_naming_every_voice() {
        assertThatThrownBy(() -> Voice.named("flite-kal"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no voice called 'flite-kal'")
                .hasMessageContaining(Arrays.stream(Voice.values()).map(Voice::wireName).toList().toString());
    }

    @ParameterizedTest
    @EnumSource(Voice.class)
    void should_have_its_debian_packages_installed_by_ci(Voice voice) throws IOException {
        // Surefire runs in the module directory; .ci/run is at the repository root.
        List<String> installs = Files.readAllLines(Path.of("..", ".ci", "run")).stream()
                .filter(line -> line.startsWith("apt_install ")).toList();

        for (String pkg : voice.packages().split(" ")) {
            assertThat(installs).as("%s needs %s; .ci/run must apt_install it", voice.wireName(), pkg)
                    .anySatisfy(line -> assertThat(line.split(" ")).contains(pkg));
        }
    }

    @Test
    void should_name_flites_own_voice_for_each_flite_voice() {
        for (Voice voice : Voice.values()) {
            boolean flite = voice.wireName().startsWith("flite-");
            assertThat(voice.fliteVoice()).as(voice.wireName())
                    .isEqualTo(flite ? java.util.Optional.of(voice.wireName().substring("flite-".length()))
                            : java.util.Optional.empty());
        }
    }
}
