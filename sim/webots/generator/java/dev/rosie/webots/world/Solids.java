package dev.rosie.webots.world;

import java.util.List;

/**
 * Static Webots solids built from base nodes only ({@code Solid}, {@code Pose}, {@code Shape},
 * {@code PBRAppearance}, {@code Box}, {@code Cylinder}, {@code Sphere}), so the world depends on no
 * object PROTO whose fields could change between Webots releases. A solid without a {@code physics}
 * node is static in Webots: walls, floors and furniture stay put, as in the map.
 */
final class Solids {
    private Solids() {
    }

    record Rgb(double r, double g, double b) {
        static final Rgb WALL = new Rgb(0.93, 0.92, 0.88);
        static final Rgb FLOOR = new Rgb(0.72, 0.6, 0.45);
        static final Rgb BALCONY_FLOOR = new Rgb(0.6, 0.6, 0.6);
        static final Rgb STEP = new Rgb(0.55, 0.45, 0.35);
        static final Rgb DOOR = new Rgb(0.45, 0.3, 0.18);
        static final Rgb FURNITURE = new Rgb(0.35, 0.42, 0.55);
        static final Rgb RUG = new Rgb(0.65, 0.2, 0.2);
        static final Rgb SMALL = new Rgb(0.2, 0.6, 0.3);
        static final Rgb HAZARD = new Rgb(0.9, 0.1, 0.1);
        static final Rgb PERSON = new Rgb(0.85, 0.65, 0.5);
        static final Rgb PET = new Rgb(0.9, 0.55, 0.1);
        static final Rgb DOCK = new Rgb(0.1, 0.1, 0.1);
    }

    sealed interface Geometry {
        void write(Wbt w);
    }

    record Box(double sx, double sy, double sz) implements Geometry {
        @Override
        public void write(Wbt w) {
            w.open("geometry Box").number("size", sx, sy, sz).close();
        }
    }

    record Cylinder(double radius, double height) implements Geometry {
        @Override
        public void write(Wbt w) {
            w.open("geometry Cylinder").number("height", height).number("radius", radius).close();
        }
    }

    record Sphere(double radius) implements Geometry {
        @Override
        public void write(Wbt w) {
            w.open("geometry Sphere").number("radius", radius).close();
        }
    }

    /** One shape of a solid, lifted {@code dz} metres above the solid's origin (which sits on the floor). */
    record Part(Geometry geometry, Rgb color, double dz) {
    }

    /**
     * Writes {@code DEF <def> Solid} at floor point (x, y, z), turned by {@code yaw} about +z. When
     * {@code collides}, the first part is also the bounding object (Webots reuses it with USE), so
     * the robot's bumpers, cliff sensors and lidar meet exactly what is drawn.
     */
    static void solid(Wbt w, String def, String name, double x, double y, double z, double yaw, List<Part> parts,
            boolean collides) {
        w.open("DEF " + def + " Solid");
        w.number("translation", x, y, z);
        if (yaw != 0) {
            w.number("rotation", 0, 0, 1, yaw);
        }
        w.openList("children");
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            w.open((i == 0 ? "DEF " + def + "_SHAPE " : "") + "Pose");
            w.number("translation", 0, 0, p.dz());
            w.openList("children");
            w.open("Shape");
            w.open("appearance PBRAppearance");
            w.number("baseColor", p.color().r(), p.color().g(), p.color().b());
            w.number("roughness", 1);
            w.number("metalness", 0);
            w.close();
            p.geometry().write(w);
            w.close();
            w.closeList();
            w.close();
        }
        w.closeList();
        w.text("name", name);
        if (collides) {
            w.field("boundingObject", "USE " + def + "_SHAPE");
        }
        w.close();
    }
}
