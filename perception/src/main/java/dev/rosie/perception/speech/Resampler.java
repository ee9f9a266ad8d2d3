package dev.rosie.perception.speech;

/**
 * Band-limited sample-rate conversion: every output sample is a Kaiser-windowed sinc interpolation
 * of the input around its exact (fractional) position. When the rate goes down, the sinc's cutoff
 * goes down with it, so the filter is also the anti-aliasing low-pass: content above the new
 * Nyquist frequency is removed instead of folding back into the speech band (which linear
 * interpolation or dropping samples would do, and which hurts recognition).
 */
public final class Resampler {
    /** Zero crossings of the sinc on each side of the centre: the filter's length, so its steepness. */
    private static final int ZERO_CROSSINGS = 24;
    /** Kaiser beta ~8.6 gives about 85 dB stop-band attenuation. */
    private static final double BETA = 8.6;
    /** Pass band ends a little below Nyquist so the transition band fits under it. */
    private static final double ROLLOFF = 0.94;
    private static final int TABLE_STEPS_PER_CROSSING = 512;

    private final int from;
    private final int to;
    private final double cutoff; // cycles per input sample
    private final double halfWidth; // input samples on each side of the centre
    private final double[] table; // kernel at |x| = i * halfWidth / (table.length - 1)

    public Resampler(int fromRate, int toRate) {
        if (fromRate <= 0 || toRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive, not " + fromRate + " -> " + toRate);
        }
        this.from = fromRate;
        this.to = toRate;
        double ratio = (double) toRate / fromRate;
        this.cutoff = 0.5 * ROLLOFF * Math.min(1.0, ratio);
        this.halfWidth = ZERO_CROSSINGS / (2 * cutoff);
        int size = ZERO_CROSSINGS * TABLE_STEPS_PER_CROSSING + 1;
        this.table = new double[size + 1];
        double i0Beta = besselI0(BETA);
        for (int i = 0; i < size; i++) {
            double x = i * halfWidth / (size - 1);
            double u = x / halfWidth;
            double window = besselI0(BETA * Math.sqrt(Math.max(0, 1 - u * u))) / i0Beta;
            table[i] = 2 * cutoff * sinc(2 * cutoff * x) * window;
        }
        table[size] = 0;
    }

    public float[] resample(float[] in) {
        if (from == to) {
            return in.clone();
        }
        int outLength = (int) ((long) in.length * to / from);
        float[] out = new float[outLength];
        double scale = (table.length - 2) / halfWidth;
        for (int n = 0; n < outLength; n++) {
            // Exact position in input samples, computed from n each time so no error accumulates.
            double t = (double) ((long) n * from) / to;
            int first = (int) Math.ceil(t - halfWidth);
            int last = (int) Math.floor(t + halfWidth);
            double acc = 0;
            for (int k = Math.max(0, first); k <= Math.min(in.length - 1, last); k++) {
                double pos = Math.abs(t - k) * scale;
                int i = (int) pos;
                if (i >= table.length - 1) {
                    continue;
                }
                double frac = pos - i;
                acc += in[k] * (table[i] + frac * (table[i + 1] - table[i]));
            }
            out[n] = (float) acc;
        }
        return out;
    }

    private static double sinc(double x) {
        if (Math.abs(x) < 1e-12) {
            return 1.0;
        }
        double px = Math.PI * x;
        return Math.sin(px) / px;
    }

    /** Modified Bessel function of the first kind, order 0 (power series; converges fast for x <= 20). */
    static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double half = x / 2;
        for (int k = 1; k < 64; k++) {
            term *= (half / k) * (half / k);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return sum;
    }
}
