package dev.rosie.sim;

import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.ObjectClass;
import dev.rosie.core.world.WorldObject;
import java.util.Locale;

/**
 * How things look to the simulated camera: colours and heights. The map gives furniture a footprint
 * but no height, so heights come from the kind of furniture its name says it is (a table is about
 * 75 cm), with a default for anything else. Nothing here affects physics.
 */
final class Look {
    static final int CEILING = 0xf2f1ec;
    static final int WALL = 0xe1dccd;
    static final int DOOR = 0x8c5a32;
    static final int OUTSIDE = 0x7a7a7a;
    static final int DROP = 0x1e1e23;
    static final int RUG = 0x9a2a2e;
    static final int SIGN_BACK = 0x9a9a9a;
    static final int SKIN = 0xe6be9c;
    static final int HAZARD = 0xd21e1e;
    static final int SMALL = 0x286edc;
    static final int OTHER = 0x50c8c8;

    private static final int[] FLOORS = {0xbfa47e, 0xc8c8cc, 0xa89cbc, 0xb4a078, 0xc6b99c, 0x9fb3a4, 0xb08f6a, 0xcfc4b0};
    private static final int[] FURNITURE = {0x5a6e8c, 0x6b4f3a, 0x7d8a5a, 0x8a5a6e, 0x4f7a7a, 0x9a7b4f, 0x60606a};
    private static final int[] CLOTHES = {0x2850a0, 0x2e8b57, 0x8b2e6b, 0xd2691e, 0x4b4b9b, 0x9b8b2e};

    private Look() {
    }

    static int floor(int room) {
        return room < 0 ? OUTSIDE : FLOORS[room % FLOORS.length];
    }

    static int furniture(int index) {
        return FURNITURE[index % FURNITURE.length];
    }

    static double furnitureHeight(WorldObject o) {
        String n = o.name().toLowerCase(Locale.ROOT);
        if (n.contains("crib")) {
            return 0.95;
        }
        if (n.contains("stove") || n.contains("counter") || n.contains("fridge")) {
            return 0.9;
        }
        if (n.contains("sofa") || n.contains("couch") || n.contains("armchair")) {
            return 0.85;
        }
        if (n.contains("table") || n.contains("desk")) {
            return 0.75;
        }
        if (n.contains("basket") || n.contains("bin")) {
            return 0.6;
        }
        if (n.contains("bed")) {
            return 0.55;
        }
        if (n.contains("shelf") || n.contains("wardrobe") || n.contains("cabinet")) {
            return 1.8;
        }
        return 0.75;
    }

    /** Height of a being's column, m. */
    static double beingHeight(BeingKind kind) {
        return switch (kind) {
            case PERSON -> 1.7;
            case CHILD -> 1.1;
            case PET -> 0.3;
        };
    }

    static int clothes(int index, BeingKind kind) {
        return switch (kind) {
            case PERSON -> CLOTHES[index % CLOTHES.length];
            case CHILD -> 0xf0c850;
            case PET -> 0xc8782a;
        };
    }

    static int object(WorldObject o) {
        if (o.objectClass() == ObjectClass.HAZARDOUS) {
            return HAZARD;
        }
        return o.objectClass() == ObjectClass.SMALL ? SMALL : OTHER;
    }

    static int shade(int rgb, double factor) {
        double f = Math.max(0, Math.min(1, factor));
        int r = (int) ((rgb >> 16 & 0xff) * f);
        int g = (int) ((rgb >> 8 & 0xff) * f);
        int b = (int) ((rgb & 0xff) * f);
        return r << 16 | g << 8 | b;
    }

    /** Light falls off with distance, gently: 1 at the lens, about 0.6 at 8 m. */
    static double light(double distance) {
        return 1 / (1 + 0.08 * distance);
    }
}
