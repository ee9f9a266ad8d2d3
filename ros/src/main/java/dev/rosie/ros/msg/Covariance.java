package dev.rosie.ros.msg;

import java.util.Arrays;

/** The row-major 6x6 covariance ({@code float64[36]}) of pose and twist messages, immutable. */
public final class Covariance {
    public static final int SIZE = 36;
    public static final Covariance UNKNOWN = new Covariance(new double[SIZE]);

    private final double[] values;

    public Covariance(double[] values) {
        if (values.length != SIZE) {
            throw new IllegalArgumentException("a covariance has 36 values (6x6), not " + values.length);
        }
        this.values = values.clone();
    }

    public double[] values() {
        return values.clone();
    }

    public double get(int row, int col) {
        return values[row * 6 + col];
    }

    void write(MessageWriter out) {
        out.float64Fixed(values, SIZE);
    }

    static Covariance read(MessageReader in) {
        return new Covariance(in.float64Fixed(SIZE));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Covariance c && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
