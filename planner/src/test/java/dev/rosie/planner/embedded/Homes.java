package dev.rosie.planner.embedded;

import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.ObjectClass;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Polygon;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.core.world.Zone;
import dev.rosie.core.world.ZoneKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small flat for planner tests: a hallway with the front door and the stairs, a kitchen, a
 * nursery (with its door, and sam asleep in it), an office and a living room. Geometry does not
 * matter to the planner; names do.
 */
final class Homes {
    static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private Homes() {
    }

    static HomeMap flatMap() {
        List<Room> rooms = List.of(
                new Room("hallway", Polygon.rectangle(0.1, 0.1, 2.0, 9.9)),
                new Room("kitchen", Polygon.rectangle(2.0, 0.1, 6.0, 3.0)),
                new Room("living room", Polygon.rectangle(2.0, 3.0, 6.0, 6.0)),
                new Room("nursery", Polygon.rectangle(2.0, 6.0, 6.0, 9.9)),
                new Room("office", Polygon.rectangle(6.0, 0.1, 9.9, 9.9)));
        List<Door> doors = List.of(
                new Door("front door", new Point(0.1, 1.0), new Point(0.1, 2.0), List.of("hallway", "outside"), false),
                new Door("nursery door", new Point(2.0, 7.0), new Point(2.0, 8.0), List.of("hallway", "nursery"), false));
        List<Zone> zones = List.of(new Zone("stairs", ZoneKind.NO_GO, Polygon.rectangle(0.1, 9.0, 2.0, 9.9)));
        List<WorldObject> objects = List.of(
                object("sock", ObjectClass.SMALL, 3, 7, "nursery"),
                object("laundry basket", ObjectClass.FURNITURE, 4, 7, "nursery"),
                object("laptop", ObjectClass.SMALL, 7, 5, "office"),
                object("kitchen knife", ObjectClass.HAZARDOUS, 3, 1, "kitchen"),
                object("trash bin", ObjectClass.SMALL, 5, 1, "kitchen"),
                object("sofa", ObjectClass.FURNITURE, 3, 4, "living room"));
        return new HomeMap("small flat", TestMaps.grid(10, 10).outline(0, 0, 10, 10, TestMaps.WALL).build(),
                rooms, doors, zones, objects, new Pose(1.0, 1.0, 0));
    }

    static WorldSnapshot flat() {
        return flat(List.of());
    }

    static WorldSnapshot flat(List<UntrustedText> notes) {
        Sighting sam = new Sighting("sam", BeingKind.CHILD, new Point(3, 8), "nursery", NOW, "map", true);
        return new WorldSnapshot(NOW, flatMap(), new RobotState(new Pose(1.0, 1.0, 0), 1.0, true), Map.of(),
                List.of(sam), notes);
    }

    static Command command(String text) {
        return new Command(new CommandId("c-1"), text, Source.cli("alex", Trust.OWNER), NOW, Screening.CLEAN);
    }

    private static WorldObject object(String name, ObjectClass c, double x, double y, String room) {
        return new WorldObject(name, c, new Point(x, y), room, Optional.empty(), false, Set.of());
    }
}
