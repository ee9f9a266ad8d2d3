package dev.rosie.worldmodel.view;

import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.ObjectClass;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.Zone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A map as lines of text: what {@code rosie map show} prints. */
public final class MapSummary {
    private MapSummary() {
    }

    /** The map's contents; {@code people} are the sightings to list (may be empty). */
    public static List<String> lines(HomeMap map, List<Sighting> people) {
        List<String> out = new ArrayList<>();
        OccupancyGrid g = map.grid();
        out.add(String.format(Locale.ROOT, "Map: %s: %d x %d cells at %s m (%.2f x %.2f m), origin (%s, %s)", map.name(), g.width(),
                g.height(), num(g.resolution()), g.widthMetres(), g.heightMetres(), num(g.origin().x()), num(g.origin().y())));
        out.add("  cells: " + cellShares(g));
        out.add("Rooms (" + map.rooms().size() + "):");
        int width = map.rooms().stream().mapToInt(r -> r.name().length()).max().orElse(4);
        for (Room r : map.rooms()) {
            Point c = r.area().centroid();
            out.add(String.format(Locale.ROOT, "  %-" + width + "s  %6.2f m²  around %s", r.name(), r.area().area(), at(c)));
        }
        out.add("Doors (" + map.doors().size() + "):" + (map.doors().isEmpty() ? " none" : ""));
        for (Door d : map.doors()) {
            out.add(String.format(Locale.ROOT, "  %-16s %-6s  %s - %s, at %s", d.name(), d.open() ? "open" : "closed",
                    d.connects().get(0), d.connects().get(1), at(d.midpoint())));
        }
        out.add("Zones (" + map.zones().size() + "):" + (map.zones().isEmpty() ? " none" : ""));
        for (Zone z : map.zones()) {
            out.add(String.format(Locale.ROOT, "  %-16s %s, %.2f m² around %s%s", z.name(), z.kind().name().toLowerCase(Locale.ROOT),
                    z.area().area(), at(z.area().centroid()), map.roomAt(z.area().centroid()).map(r -> ", in the " + r.name()).orElse("")));
        }
        out.add("Objects (" + map.objects().size() + "):" + (map.objects().isEmpty() ? " none" : ""));
        for (ObjectClass cls : ObjectClass.values()) {
            Map<String, List<String>> byRoom = new LinkedHashMap<>();
            map.rooms().forEach(r -> byRoom.put(r.name(), new ArrayList<>()));
            map.objects().stream().filter(o -> o.objectClass() == cls).forEach(o -> byRoom.get(o.room()).add(label(o)));
            String indent = String.format(Locale.ROOT, "  %-10s ", cls.wireName());
            for (var e : byRoom.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    out.add(indent + e.getKey() + ": " + String.join(", ", e.getValue()));
                    indent = " ".repeat(indent.length());
                }
            }
        }
        Pose dock = map.dock();
        out.add(String.format(Locale.ROOT, "Dock: %sat %s, facing %.0f°", map.roomAt(dock.position()).map(r -> "in the " + r.name() + " ").orElse(""),
                at(dock.position()), Math.toDegrees(dock.theta())));
        if (!people.isEmpty()) {
            out.add("People and pets (" + people.size() + "):");
            for (Sighting s : people) {
                out.add(String.format(Locale.ROOT, "  %-16s %-6s in the %s at %s%s (%s)", s.name(), s.kind().wireName(), s.room(),
                        at(s.position()), s.asleep() ? ", asleep" : "", s.provenance()));
            }
        }
        return out;
    }

    private static String label(WorldObject o) {
        List<String> notes = new ArrayList<>(o.tags());
        if (o.obstacle()) {
            notes.add("obstacle");
        }
        return o.name() + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
    }

    private static String cellShares(OccupancyGrid g) {
        long free = 0;
        long occupied = 0;
        long all = (long) g.width() * g.height();
        for (int iy = 0; iy < g.height(); iy++) {
            for (int ix = 0; ix < g.width(); ix++) {
                byte c = g.get(ix, iy);
                if (c == OccupancyGrid.FREE) {
                    free++;
                } else if (c == OccupancyGrid.OCCUPIED) {
                    occupied++;
                }
            }
        }
        return String.format(Locale.ROOT, "%d free (%.0f%%), %d occupied (%.0f%%), %d unknown (%.0f%%)", free, 100.0 * free / all,
                occupied, 100.0 * occupied / all, all - free - occupied, 100.0 * (all - free - occupied) / all);
    }

    static String at(Point p) {
        return String.format(Locale.ROOT, "(%.2f, %.2f)", p.x(), p.y());
    }

    private static String num(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
