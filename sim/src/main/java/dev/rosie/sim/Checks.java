package dev.rosie.sim;

/** Argument checks shared by the configuration records, each naming the field it rejects. */
final class Checks {
    private Checks() {
    }

    static void positive(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive finite number, not " + value);
        }
    }

    static void notNegative(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be zero or a positive finite number, not " + value);
        }
    }

    static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be a positive whole number, not " + value);
        }
    }
}
