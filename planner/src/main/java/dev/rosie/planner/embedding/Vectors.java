package dev.rosie.planner.embedding;

/** Pooling and similarity on plain float arrays (DJL's NDArray norm is not implemented on ONNX Runtime). */
public final class Vectors {
    private Vectors() {
    }

    /**
     * Mean of the token vectors whose attention mask is 1, then scaled to unit length: the
     * sentence-transformers recipe all-MiniLM-L6-v2 was trained with.
     *
     * @param hidden row-major {@code [tokens][dim]} of one sentence
     */
    public static float[] meanPoolNormalised(float[] hidden, long[] mask, int dim) {
        if (hidden.length < (long) mask.length * dim) {
            throw new IllegalArgumentException("hidden state has " + hidden.length + " values, fewer than "
                    + mask.length + " tokens x " + dim);
        }
        float[] sum = new float[dim];
        int count = 0;
        for (int t = 0; t < mask.length; t++) {
            if (mask[t] == 0) {
                continue;
            }
            count++;
            int base = t * dim;
            for (int d = 0; d < dim; d++) {
                sum[d] += hidden[base + d];
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("no token is unmasked");
        }
        for (int d = 0; d < dim; d++) {
            sum[d] /= count;
        }
        return normalised(sum);
    }

    /** {@code v} scaled to unit length; a zero vector stays zero. */
    public static float[] normalised(float[] v) {
        double n = 0;
        for (float x : v) {
            n += (double) x * x;
        }
        n = Math.sqrt(n);
        float[] out = new float[v.length];
        if (n < 1e-12) {
            return out;
        }
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / n);
        }
        return out;
    }

    /** Dot product; the cosine similarity of two unit vectors. */
    public static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different sizes: " + a.length + " and " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }
}
