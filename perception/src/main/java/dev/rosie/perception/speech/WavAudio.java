package dev.rosie.perception.speech;

import java.util.Objects;

/**
 * A WAV file read and converted for recognition.
 *
 * @param file the file's name as the user gave it, for messages
 * @param original the file's own format
 * @param pcm the audio as 16 kHz mono 16-bit samples
 */
public record WavAudio(String file, WavFormat original, Pcm16 pcm) {
    public WavAudio {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(pcm, "pcm");
    }

    public boolean converted() {
        return !original.native16kMono();
    }
}
