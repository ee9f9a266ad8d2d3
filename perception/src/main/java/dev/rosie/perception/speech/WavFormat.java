package dev.rosie.perception.speech;

import java.util.Locale;

/**
 * What a WAV file's {@code fmt } chunk says about its samples.
 *
 * @param floating true for IEEE float samples, false for integer PCM
 */
public record WavFormat(int channels, int sampleRate, int bitsPerSample, boolean floating) {
    public WavFormat {
        if (channels < 1) {
            throw new IllegalArgumentException("a WAV format needs at least one channel");
        }
    }

    public int bytesPerFrame() {
        return channels * bitsPerSample / 8;
    }

    /** True when Vosk can take the samples as they are: 16 kHz mono 16-bit integer PCM. */
    public boolean native16kMono() {
        return channels == 1 && sampleRate == SpeechModel.SAMPLE_RATE && bitsPerSample == 16 && !floating;
    }

    @Override
    public String toString() {
        String layout = switch (channels) {
            case 1 -> "mono";
            case 2 -> "stereo";
            default -> channels + " channels";
        };
        return String.format(Locale.ROOT, "%d Hz %s %d-bit %s", sampleRate, layout, bitsPerSample,
                floating ? "float" : "PCM");
    }
}
