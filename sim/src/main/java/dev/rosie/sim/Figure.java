package dev.rosie.sim;

import dev.rosie.core.world.BeingKind;

/**
 * What a person or pet looks like to the simulated camera: a flat, front-facing silhouette standing
 * on the floor at the being's position, sampled at a lateral offset {@code u} (metres from its centre
 * line, as the camera sees it) and a height {@code z} above the floor. A person has the proportions a
 * pedestrian detector is trained on (Dalal and Triggs' HOG: head, neck, shoulders wider than the hips,
 * arms beside the torso, two legs with a gap between them): an adult is {@value #ADULT} m tall, a
 * child the same shape scaled to its height. Clothes are plain colours darker than the walls, the
 * trousers darker than the shirt, and each part is shaded as if rounded, lit from the front, so edges
 * read as edges. A pet is a low, long body with a head and four short legs, never person-shaped.
 *
 * <p>Pure and deterministic: the same being, offset and height give the same colour.
 */
final class Figure {
    static final double ADULT = 1.7;
    /** Half the widest part of an adult (arm to arm), metres: how far from its centre a ray can meet it. */
    static final double ADULT_HALF_WIDTH = 0.255;
    static final int NONE = -1;

    private static final int HAIR = 0x2e2018;
    private static final int SHOES = 0x1c1c1c;
    private static final int[] TROUSERS = {0x2b3550, 0x3a3a3a, 0x4a3a2a, 0x22304a};

    private Figure() {
    }

    /** How far from its centre line the being reaches sideways, metres. */
    static double halfWidth(BeingKind kind, double footprintRadius) {
        return switch (kind) {
            case PERSON, CHILD -> ADULT_HALF_WIDTH * Look.beingHeight(kind) / ADULT;
            case PET -> Math.max(footprintRadius, 0.25);
        };
    }

    /**
     * The colour at offset {@code u} and height {@code z}, before distance lighting, or {@link #NONE}
     * where the being is not (the background shows through, e.g. between the legs).
     */
    static int colour(BeingKind kind, int index, double u, double z) {
        return switch (kind) {
            case PERSON, CHILD -> person(Look.clothes(index, kind), TROUSERS[index % TROUSERS.length],
                    Math.abs(u) * ADULT / Look.beingHeight(kind), z * ADULT / Look.beingHeight(kind));
            case PET -> pet(Look.clothes(index, kind), u, z);
        };
    }

    /** An adult's silhouette at |u| = {@code a}, height {@code z} (child sizes are scaled to this). */
    private static int person(int shirt, int trousers, double a, double z) {
        if (z > ADULT || z < 0) {
            return NONE;
        }
        if (z >= 1.49) {
            // Head: an ellipse 0.16 m wide, 0.21 m tall; hair covers its top and sides.
            double cz = 1.595;
            double e = (z - cz) / 0.105;
            double half = 0.078 * Math.sqrt(Math.max(0, 1 - e * e));
            if (a > half) {
                return NONE;
            }
            boolean hair = z > 1.655 || (z > 1.56 && a > half * 0.8);
            return round(hair ? HAIR : Look.SKIN, a, half);
        }
        if (z >= 1.44) {
            return a <= 0.048 ? round(Look.SKIN, a, 0.048) : NONE;
        }
        double torso = torsoHalf(z);
        if (z >= 1.32) {
            // Shoulders: rounded from the neck out to the arms' outer edge.
            double rise = (1.44 - z) / 0.12;
            double half = 0.06 + (ADULT_HALF_WIDTH - 0.06) * Math.sqrt(rise);
            return a <= half ? round(shirt, a, half) : NONE;
        }
        if (z >= 0.72) {
            if (a <= torso) {
                return z >= 0.86 ? round(shirt, a, torso) : round(trousers, a, torso);
            }
            // Arms hang beside the torso with a sliver of background between, sleeves to the elbow.
            double inner = torso + 0.012;
            double outer = inner + 0.072;
            if (z >= 0.78 && a >= inner && a <= outer) {
                double mid = (inner + outer) / 2;
                int c = z >= 1.05 ? shirt : Look.SKIN;
                return round(c, a - mid, 0.036);
            }
            return NONE;
        }
        // Legs: two, with a gap between them, tapering to the ankles; shoes below.
        double f = z / 0.72;
        double inner = 0.02 + 0.012 * (1 - f);
        double outer = 0.095 + 0.06 * f;
        if (z < 0.07) {
            return a >= inner - 0.005 && a <= outer + 0.015 ? SHOES : NONE;
        }
        if (a < inner || a > outer) {
            return NONE;
        }
        double mid = (inner + outer) / 2;
        return round(trousers, a - mid, (outer - inner) / 2);
    }

    private static double torsoHalf(double z) {
        // Chest 0.17, waist 0.15 at 1.0 m, hips 0.16.
        if (z >= 1.0) {
            return 0.15 + 0.02 * Math.min(1, (z - 1.0) / 0.32);
        }
        return 0.15 + 0.01 * Math.min(1, (1.0 - z) / 0.28);
    }

    /** A pet from the side: a body 0.12-0.3 m up, a head at one end, four short legs. */
    private static int pet(int fur, double u, double z) {
        if (z < 0 || z > 0.36) {
            return NONE;
        }
        double a = Math.abs(u);
        if (z >= 0.12 && z <= 0.3 && a <= 0.2) {
            double e = (z - 0.21) / 0.09;
            double half = 0.2 * Math.sqrt(Math.max(0, 1 - e * e * e * e));
            return a <= half ? round(fur, a, 0.2) : NONE;
        }
        if (u > 0.14 && u < 0.25 && z >= 0.2 && z <= 0.36) {
            return round(fur, u - 0.195, 0.055);
        }
        if (z < 0.14) {
            double leg = a % 0.13;
            return a <= 0.19 && leg >= 0.05 && leg <= 0.085 ? Look.shade(fur, 0.8) : NONE;
        }
        return NONE;
    }

    /** Shades a part as a rounded surface lit from the front: full light on its middle, darker at its edges. */
    private static int round(int colour, double offset, double half) {
        double x = Math.min(1, Math.abs(offset) / Math.max(half, 1e-6));
        return Look.shade(colour, 0.62 + 0.38 * Math.sqrt(1 - x * x));
    }
}
