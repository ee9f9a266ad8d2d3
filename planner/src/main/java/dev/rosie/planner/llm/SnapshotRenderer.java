package dev.rosie.planner.llm;

import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.core.world.Zone;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a world snapshot as compact lines for a prompt, at one of three levels of detail.
 * Names from the map are safe to print bare ({@link dev.rosie.core.action.Names} restricts them);
 * everything else a person or camera could have written is quoted.
 */
final class SnapshotRenderer {
    /** Sightings older than this are left out below full detail: they are likely stale. */
    static final Duration FRESH = Duration.ofMinutes(30);

    private SnapshotRenderer() {
    }

    static String render(WorldSnapshot w, SnapshotDetail detail) {
        HomeMap map = w.map();
        StringBuilder b = new StringBuilder();
        b.append("rooms (last cleaned):\n");
        for (Room r : map.rooms()) {
            b.append("- ").append(r.name()).append(" (")
                    .append(w.lastCleaned(r.name()).map(t -> Ages.ago(t, w.takenAt())).orElse("never")).append(")\n");
        }
        if (!map.doors().isEmpty()) {
            b.append("doors: ").append(map.doors().stream().map(d -> door(d, detail)).collect(Collectors.joining("; "))).append('\n');
        }
        if (!map.zones().isEmpty()) {
            b.append("no-go zones: ").append(map.zones().stream().map(Zone::name).collect(Collectors.joining(", "))).append('\n');
        }
        b.append("objects:\n");
        for (Room r : map.rooms()) {
            List<WorldObject> in = map.objects().stream().filter(o -> o.room().equals(r.name())).toList();
            if (in.isEmpty()) {
                continue;
            }
            b.append("- ").append(r.name()).append(": ");
            b.append(switch (detail) {
                case FULL -> in.stream().map(SnapshotRenderer::object).collect(Collectors.joining(", "));
                case BRIEF -> in.stream().map(WorldObject::name).collect(Collectors.joining(", "));
                case MINIMAL -> in.size() + (in.size() == 1 ? " object" : " objects") + " (use the object lookup tool)";
            }).append('\n');
        }
        List<Sighting> people = w.sightings().stream()
                .filter(s -> detail == SnapshotDetail.FULL || s.fresh(w.takenAt(), FRESH)).toList();
        if (!people.isEmpty() && detail != SnapshotDetail.MINIMAL) {
            b.append("people and pets seen:\n");
            for (Sighting s : people) {
                b.append("- ").append(Quoting.quote(s.name())).append(' ').append(s.kind().wireName())
                        .append(" in ").append(s.room()).append(s.asleep() ? ", asleep" : "")
                        .append(", ").append(Ages.ago(s.seenAt(), w.takenAt())).append('\n');
            }
        } else if (!people.isEmpty()) {
            b.append("people and pets seen recently: ").append(people.size()).append('\n');
        }
        var robot = w.robot();
        String at = map.roomAt(robot.pose().position()).map(Room::name).orElse("no room");
        b.append(String.format(Locale.ROOT, "robot: at (%.2f, %.2f) in %s, heading %.0f deg, battery %.0f%%%s%n",
                robot.pose().x(), robot.pose().y(), at, Math.toDegrees(robot.pose().theta()), robot.battery() * 100,
                robot.docked() ? ", docked" : ""));
        return b.toString();
    }

    private static String door(Door d, SnapshotDetail detail) {
        String state = d.open() ? "open" : "closed";
        if (detail == SnapshotDetail.MINIMAL) {
            return d.name() + " " + state;
        }
        return d.name() + " (" + String.join("-", d.connects()) + ", " + state + ")";
    }

    private static String object(WorldObject o) {
        StringBuilder s = new StringBuilder(o.name()).append(" [").append(o.objectClass().wireName());
        o.tags().stream().sorted().forEach(t -> s.append(", ").append(Quoting.quote(t)));
        return s.append(']').toString();
    }
}
