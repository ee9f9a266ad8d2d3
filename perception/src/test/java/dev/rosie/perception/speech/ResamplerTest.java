package dev.rosie.perception.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResamplerTest {
    private static float[] tone(double hz, int rate, int n) {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) (0.5 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return f;
    }

    private static double rms(float[] f, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += f[i] * f[i];
        }
        return Math.sqrt(s / (to - from));
    }

    @Test
    void should_keep_a_speech_band_tone_intact_when_going_down_from_44_1k() {
        float[] out = new Resampler(44100, 16000).resample(tone(1000, 44100, 44100));
        float[] expected = tone(1000, 16000, 16000);
        double err = 0;
        for (int i = 500; i < 15500; i++) {
            err = Math.max(err, Math.abs(out[i] - expected[i]));
        }
        assertThat(out).hasSize(16000);
        assertThat(err).isLessThan(2e-3);
    }

    @Test
    void should_remove_content_above_the_new_nyquist_instead_of_aliasing_it() {
        // 10 kHz at 48 kHz would fold to 6 kHz at 16 kHz if it were not filtered out first.
        float[] out = new Resampler(48000, 16000).resample(tone(10000, 48000, 48000));
        double ratio = rms(out, 500, out.length - 500) / (0.5 / Math.sqrt(2));
        assertThat(20 * Math.log10(ratio)).as("attenuation in dB").isLessThan(-60);
    }

    @Test
    void should_interpolate_smoothly_when_going_up_from_8k() {
        float[] out = new Resampler(8000, 16000).resample(tone(440, 8000, 8000));
        float[] expected = tone(440, 16000, 16000);
        double err = 0;
        for (int i = 500; i < 15500; i++) {
            err = Math.max(err, Math.abs(out[i] - expected[i]));
        }
        assertThat(err).isLessThan(2e-3);
    }

    @Test
    void should_pass_audio_at_the_same_rate_through_unchanged() {
        float[] in = tone(300, 16000, 100);
        assertThat(new Resampler(16000, 16000).resample(in)).containsExactly(in);
    }
}
