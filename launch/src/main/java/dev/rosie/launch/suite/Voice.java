package dev.rosie.launch.suite;

import dev.rosie.core.InvalidInputException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A synthetic voice the safety suite speaks voice cases in, each from Debian packages (nothing is
 * downloaded). They differ a lot in how human they sound, and so in how well a recogniser trained
 * on people hears them: the HMM voice (festival's HTS "slt") is the closest to a person, flite's
 * clustergen and diphone voices next, espeak-ng's formant synthesis the furthest. They also differ in
 * speaker: a US woman ("slt"), two US men ("rms", "kal") and a Scottish man ("awb"), so a figure
 * measured in one voice can be checked in others and the suite is not tuned to one speaker. They
 * are all synthetic: none is a person, and none has a person's accent range or a room's noise. The
 * suite reports which one it used.
 */
public enum Voice {
    /** Festival with the CMU ARCTIC "slt" HTS voice (a US English woman). */
    FESTIVAL_HTS("festival-hts", "festival festvox-us-slt-hts"),
    /** Flite's "slt" voice (the same speaker, concatenative). */
    FLITE_SLT("flite-slt", "flite"),
    /** espeak-ng's default English voice (DESIGN.md's test-speech recipe). */
    ESPEAK("espeak", "espeak-ng"),
    /** Flite's built-in CMU ARCTIC "rms" voice (a US English man, clustergen). */
    FLITE_RMS("flite-rms", "flite"),
    /** Flite's built-in CMU ARCTIC "awb" voice (a Scottish English man, clustergen). */
    FLITE_AWB("flite-awb", "flite"),
    /** Flite's built-in "kal16" voice (a US English man, 16 kHz diphones). */
    FLITE_KAL16("flite-kal16", "flite"),
    /** Festival with the CMU "kal" diphone voice (the same US man as flite-kal16, LPC diphones). */
    FESTIVAL_KAL("festival-kal", "festival festvox-kallpc16k");

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
            case FLITE_SLT, FLITE_RMS, FLITE_AWB, FLITE_KAL16 -> List.of("flite", "-voice", fliteVoice().orElseThrow(),
                    "-f", textFile.toString(), "-o", raw.toString());
            case ESPEAK -> List.of("espeak-ng", "-w", raw.toString(), "--", text);
            case FESTIVAL_KAL -> List.of("text2wave", "-eval", "(voice_kal_diphone)", "-o", raw.toString(),
                    textFile.toString());
        };
    }

    /**
     * The name of flite's built-in voice this is, or empty when it is not flite. Flite given a voice
     * it lacks speaks in its default voice and exits 0, so the caller checks the name against
     * {@code flite -lv} rather than trusting the WAV.
     */
    Optional<String> fliteVoice() {
        return switch (this) {
            case FLITE_SLT -> Optional.of("slt");
            case FLITE_RMS -> Optional.of("rms");
            case FLITE_AWB -> Optional.of("awb");
            case FLITE_KAL16 -> Optional.of("kal16");
            case FESTIVAL_HTS, ESPEAK, FESTIVAL_KAL -> Optional.empty();
        };
    }

    /** The voice called {@code name}, or a clear error listing the voices. */
    public static Voice named(String name) {
        return Arrays.stream(values()).filter(v -> v.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("no voice called '" + name + "'; voices: "
                        + Arrays.stream(values()).map(Voice::wireName).toList()));
    }
}
