package dev.rosie.worldmodel.query;

import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.core.world.Zone;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds where a named thing is: an object from the map, a person or pet from the newest sighting
 * (with its age, and marked stale past the fade time), a room, door, zone, the dock, or the robot.
 * Sightings are read unfaded on purpose: "I last saw miso three hours ago in the kitchen" is a
 * better answer than "I don't know", as long as it says how old it is.
 */
final class Whereabouts {
    private static final Set<String> ROBOT = Set.of("you", "rosie", "robot", "yourself");

    private final WorldSnapshot snapshot;
    private final List<Sighting> sightings;
    private final Optional<Duration> fadeAfter;
    private final TimePhrases t;

    Whereabouts(WorldSnapshot snapshot, List<Sighting> sightings, Optional<Duration> fadeAfter, TimePhrases t) {
        this.snapshot = snapshot;
        this.sightings = sightings;
        this.fadeAfter = fadeAfter;
        this.t = t;
    }

    Answer find(String thing) {
        String name = QuestionMatcher.bareName(thing);
        HomeMap map = snapshot.map();
        if (ROBOT.contains(name)) {
            return robot(snapshot.robot());
        }
        if (HomeMap.DOCK.equals(name) || name.equals("charger") || name.equals("charging station")) {
            Point p = map.dock().position();
            return location("dock", Answer.Kind.DOCK, p, "My dock is " + in(p) + "at " + at(p) + ".");
        }
        Optional<WorldObject> object = map.object(name);
        if (object.isPresent()) {
            WorldObject o = object.get();
            return new Answer.Location(o.name(), Answer.Kind.OBJECT, o.position(), Optional.of(o.room()), Optional.empty(),
                    Optional.empty(), false, capital("the " + o.name()) + " is in the " + o.room() + ", at " + at(o.position())
                            + (o.tags().isEmpty() ? "" : " (" + String.join(", ", o.tags()) + ")") + ", according to the map.");
        }
        Optional<Sighting> seen = sightings.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
        if (seen.isPresent()) {
            return sighting(seen.get());
        }
        Optional<Room> room = map.room(name);
        if (room.isPresent()) {
            Point c = room.get().area().centroid();
            return location(room.get().name(), Answer.Kind.ROOM, c, capital("the " + room.get().name()) + " is a room of "
                    + String.format(Locale.ROOT, "%.1f", room.get().area().area()) + " m², around " + at(c) + ".");
        }
        Optional<Door> door = map.door(name);
        if (door.isPresent()) {
            Door d = door.get();
            return location(d.name(), Answer.Kind.DOOR, d.midpoint(), capital("the " + d.name()) + ", between the "
                    + d.connects().get(0) + " and the " + d.connects().get(1) + ", is at " + at(d.midpoint()) + "; it is "
                    + (d.open() ? "open" : "closed") + ".");
        }
        Optional<Zone> zone = map.zone(name);
        if (zone.isPresent()) {
            Point c = zone.get().area().centroid();
            return location(zone.get().name(), Answer.Kind.ZONE, c, "The '" + zone.get().name() + "' zone is a no-go zone around "
                    + at(c) + "; I never go there.");
        }
        return new Answer.Unknown(name, "I don't know where '" + name + "' is: it is not on my map. I know these objects: "
                + list(map.objects().stream().map(WorldObject::name).toList()) + "; and these people and pets: "
                + list(sightings.stream().map(Sighting::name).toList()) + ".");
    }

    private Answer robot(RobotState r) {
        Point p = r.pose().position();
        return location("rosie", Answer.Kind.ROBOT, p, "I'm " + in(p) + "at " + at(p) + (r.docked() ? ", on my dock" : "")
                + ", with " + Math.round(r.battery() * 100) + "% battery.");
    }

    private Answer sighting(Sighting s) {
        Instant now = snapshot.takenAt();
        Duration age = WorldQueries.age(s.seenAt(), now);
        boolean stale = fadeAfter.map(max -> !s.fresh(now, max)).orElse(false);
        String who = capital(s.name());
        String text;
        if (s.provenance().equals("map")) {
            text = "I haven't seen " + s.name() + " myself; the map puts " + s.name() + " in the " + s.room() + ", at "
                    + at(s.position()) + (s.asleep() ? ", asleep" : "") + ".";
        } else {
            text = "I last saw " + s.name() + " in the " + s.room() + ", at " + at(s.position()) + (s.asleep() ? ", asleep" : "")
                    + ", " + t.ago(s.seenAt()) + " (" + t.when(s.seenAt()) + ", " + s.provenance() + ")."
                    + (stale ? " That was a while ago; " + who + " has probably moved since." : "");
        }
        return new Answer.Location(s.name(), Answer.Kind.PERSON_OR_PET, s.position(), Optional.of(s.room()), Optional.of(s.seenAt()),
                Optional.of(age), stale, text);
    }

    private Answer.Location location(String name, Answer.Kind kind, Point p, String text) {
        return new Answer.Location(name, kind, p, snapshot.map().roomAt(p).map(Room::name), Optional.empty(), Optional.empty(), false, text);
    }

    private String in(Point p) {
        return snapshot.map().roomAt(p).map(r -> "in the " + r.name() + " ").orElse("");
    }

    static String at(Point p) {
        return String.format(Locale.ROOT, "(%.1f, %.1f) m", p.x(), p.y());
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.isEmpty()) {
            return "none";
        }
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
