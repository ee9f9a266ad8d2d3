package dev.rosie.perception.speech;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/**
 * The default capture device through javax.sound.sampled, asked for exactly what the recogniser
 * takes (16 kHz, mono, 16-bit little-endian), so no conversion happens on the way. When the machine
 * has no such device the error says so plainly, instead of javax.sound's "No line matching
 * interface TargetDataLine supporting format ...".
 */
public final class Microphone implements AutoCloseable {
    public static final AudioFormat FORMAT = new AudioFormat(SpeechModel.SAMPLE_RATE, 16, 1, true, false);

    /** Where lines come from: the real {@link AudioSystem}, or a stand-in in tests. */
    public interface Lines {
        Mixer.Info[] mixers();

        TargetDataLine open(DataLine.Info info) throws LineUnavailableException;

        static Lines system() {
            return new Lines() {
                @Override
                public Mixer.Info[] mixers() {
                    return AudioSystem.getMixerInfo();
                }

                @Override
                public TargetDataLine open(DataLine.Info info) throws LineUnavailableException {
                    TargetDataLine line = (TargetDataLine) AudioSystem.getLine(info);
                    line.open(FORMAT, FORMAT.getFrameSize() * SpeechRecognizer.CHUNK * 4);
                    return line;
                }
            };
        }
    }

    private final TargetDataLine line;
    private final byte[] bytes = new byte[SpeechRecognizer.CHUNK * 2];

    private Microphone(TargetDataLine line) {
        this.line = line;
    }

    /** Opens and starts the default capture line, or throws {@link MicrophoneUnavailableException}. */
    public static Microphone open(Lines lines) {
        Objects.requireNonNull(lines, "lines");
        DataLine.Info info = new DataLine.Info(TargetDataLine.class, FORMAT);
        try {
            TargetDataLine line = lines.open(info);
            line.start();
            return new Microphone(line);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            Mixer.Info[] mixers = lines.mixers();
            String seen = mixers.length == 0 ? "javax.sound.sampled sees no audio devices at all"
                    : "javax.sound.sampled sees " + Arrays.stream(mixers).map(Mixer.Info::getName)
                            .collect(Collectors.joining(", ")) + ", but none of them can record it";
            throw new MicrophoneUnavailableException("no microphone: Rosie needs an audio capture device that records "
                    + "16 kHz mono 16-bit PCM, and " + seen + " (" + e.getMessage() + "). Connect a microphone, or "
                    + "transcribe a recording with 'listen --wav FILE'", e);
        }
    }

    /**
     * Blocks until a {@link SpeechRecognizer#CHUNK} of samples has been recorded and copies it into
     * {@code into}; returns the number of samples, or -1 once the line is closed.
     */
    public int read(short[] into) {
        int want = Math.min(into.length, SpeechRecognizer.CHUNK) * 2;
        int got = line.read(bytes, 0, want);
        if (got <= 0 && !line.isOpen()) {
            return -1;
        }
        int samples = got / 2;
        for (int i = 0; i < samples; i++) {
            into[i] = (short) ((bytes[2 * i] & 0xFF) | bytes[2 * i + 1] << 8);
        }
        return samples;
    }

    @Override
    public void close() {
        line.stop();
        line.close();
    }
}
