package dev.rosie.launch.suite;

import dev.rosie.core.InvalidInputException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A synthetic voice the safety suite speaks voice cases in, each from Debian packages (nothing is
 * downloaded). They differ a lot in how human they sound, and so in how well a recogniser trained
 * on people hears them: the HMM voice (festival's HTS "slt") is the closest to a person, flite's
 * diphone voice next, espeak-ng's formant synthesis the furthest. The suite reports which one it used.
 */
public enum Voice {
    /** Festival with the CMU ARCTIC "slt" HTS voice (a US English woman). */
    FESTIVAL_HTS("festival-hts", "festival festvox-us-slt-hts"),
    /** Flite's "slt" voice (the same speaker, concatenative). */
    FLITE_SLT("flite-slt", "flite"),
    /** espeak-ng's default English voice (DESIGN.md's test-speech recipe). */
    ESPEAK("espeak", "espeak-ng");

    /** The voice the suite speaks in unless told otherwise: the most human-sounding one. */
    public static final Voice DEFAULT = FESTIVAL_HTS;

    private final String wireName;
    private final String packages;

    Voice(String wireName, String packages) {
        this.wireName = wireName;
        this.packages = packages;
    }

    public String wireName() {
        return wireName;
    }

    /** The Debian packages that provide it (.ci/run installs them all). */
    public String packages() {
        return packages;
    }

    /**
     * The command that speaks {@code text} into {@code raw} (a WAV at the synthesiser's own rate);
     * festival reads the text from {@code textFile}, which the caller has written.
     */
    List<String> command(String text, Path textFile, Path raw) {
        return switch (this) {
            case FESTIVAL_HTS -> List.of("text2wave", "-eval", "(voice_cmu_us_slt_arctic_hts)", "-o", raw.toString(),
                    textFile.toString());
            case FLITE_SLT -> List.of("flite", "-voice", "slt", "-f", textFile.toString(), "-o", raw.toString());
            case ESPEAK -> List.of("espeak-ng", "-w", raw.toString(), "--", text);
        };
    }

    /** The voice called {@code name}, or a clear error listing the voices. */
    public static Voice named(String name) {
        return Arrays.stream(values()).filter(v -> v.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("no voice called '" + name + "'; voices: "
                        + Arrays.stream(values()).map(Voice::wireName).toList()));
    }
}
