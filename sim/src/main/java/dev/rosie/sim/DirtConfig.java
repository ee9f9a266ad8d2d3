package dev.rosie.sim;

/**
 * The dirt on the floor and how suction removes it. Each room gets its own level, drawn from the
 * seed around {@code gramsPerSquareMetre}, and each cell varies around its room's level, so rooms
 * differ and a room is not uniform.
 *
 * @param gramsPerSquareMetre the mean initial dirt
 * @param roomVariation how much a room's level may differ from the mean, as a fraction (0.5: from 50 % to 150 %)
 * @param cellVariation how much a cell may differ from its room's level, same scale
 * @param removalRate under the running suction, dirt decays at this rate per second (3.0 removes
 *     about 95 % in the one second a 34 cm body takes to pass over a cell at 0.34 m/s)
 */
public record DirtConfig(double gramsPerSquareMetre, double roomVariation, double cellVariation, double removalRate) {

    public static final DirtConfig DEFAULT = new DirtConfig(2.0, 0.5, 0.5, 3.0);

    public DirtConfig {
        Checks.notNegative("dirt gramsPerSquareMetre", gramsPerSquareMetre);
        fraction("dirt roomVariation", roomVariation);
        fraction("dirt cellVariation", cellVariation);
        Checks.notNegative("dirt removalRate", removalRate);
    }

    private static void fraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " is a fraction from 0 to 1, not " + value);
        }
    }
}
