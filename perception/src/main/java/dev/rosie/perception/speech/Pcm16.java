package dev.rosie.perception.speech;

import java.time.Duration;
import java.util.Objects;

/**
 * Mono 16-bit signed PCM: what Vosk decodes. The array is owned by this value once constructed;
 * callers must not change it afterwards (records cannot copy arrays cheaply for every read).
 */
public record Pcm16(int sampleRate, short[] samples) {
    public Pcm16 {
        Objects.requireNonNull(samples, "samples");
        if (sampleRate < 1000 || sampleRate > 384_000) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " Hz is outside 1000..384000 Hz");
        }
    }

    public int length() {
        return samples.length;
    }

    public double seconds() {
        return samples.length / (double) sampleRate;
    }

    public Duration duration() {
        return Duration.ofNanos(Math.round(seconds() * 1e9));
    }

    /** This audio followed by {@code seconds} of digital silence. */
    public Pcm16 withSilence(double seconds) {
        int extra = (int) Math.round(seconds * sampleRate);
        short[] longer = java.util.Arrays.copyOf(samples, samples.length + extra);
        return new Pcm16(sampleRate, longer);
    }

    /** Samples as floats in [-1, 1). */
    public float[] toFloats() {
        float[] f = new float[samples.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = samples[i] / 32768f;
        }
        return f;
    }

    /** Rounds and clips floats in [-1, 1] to 16-bit samples. */
    public static Pcm16 fromFloats(int sampleRate, float[] f) {
        short[] s = new short[f.length];
        for (int i = 0; i < f.length; i++) {
            long v = Math.round(f[i] * 32768.0);
            s[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
        }
        return new Pcm16(sampleRate, s);
    }
}
