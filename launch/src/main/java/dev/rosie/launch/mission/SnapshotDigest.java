package dev.rosie.launch.mission;

import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.WorldSnapshot;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A SHA-256 digest of a world snapshot, over a canonical text form: the map (name, grid, doors and
 * their state, objects, zones), the robot's pose, battery and dock state, when each room was last
 * cleaned, sightings and notes, in a fixed order with fixed number formats. Two snapshots with the
 * same digest gave the planner the same world, so feedback records can be grouped by situation.
 */
public final class SnapshotDigest {
    private SnapshotDigest() {
    }

    public static String of(WorldSnapshot s) {
        StringBuilder b = new StringBuilder(4096);
        HomeMap m = s.map();
        b.append("taken ").append(s.takenAt()).append('\n');
        b.append("map ").append(m.name()).append(' ').append(m.grid().hashCode()).append('\n');
        for (Door d : m.doors()) {
            b.append("door ").append(d.name()).append(' ').append(d.open()).append('\n');
        }
        for (WorldObject o : m.objects()) {
            b.append("object ").append(o.name()).append(' ').append(o.objectClass()).append(' ')
                    .append(num(o.position().x())).append(' ').append(num(o.position().y())).append('\n');
        }
        m.zones().forEach(z -> b.append("zone ").append(z.name()).append(' ').append(z.kind()).append('\n'));
        var r = s.robot();
        b.append("robot ").append(num(r.pose().x())).append(' ').append(num(r.pose().y())).append(' ')
                .append(num(r.pose().theta())).append(' ').append(num(r.battery())).append(' ').append(r.docked()).append('\n');
        new TreeMap<>(s.lastCleaned()).forEach((room, at) -> b.append("cleaned ").append(room).append(' ').append(at).append('\n'));
        for (Sighting g : s.sightings()) {
            b.append("seen ").append(g.name()).append(' ').append(g.kind()).append(' ').append(num(g.position().x()))
                    .append(' ').append(num(g.position().y())).append(' ').append(g.seenAt()).append(' ').append(g.asleep())
                    .append('\n');
        }
        s.notes().forEach(n -> b.append("note ").append(n.origin()).append(' ').append(n.source()).append(' ')
                .append(n.seenAt()).append(' ').append(n.text().replace('\n', ' ')).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
