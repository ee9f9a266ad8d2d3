package dev.rosie.planner.rules;

import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The names the planner may use, taken from the world model, matched longest first. */
final class Vocabulary {
    enum Kind { ROOM, DOOR, ZONE, OBJECT, DOCK }

    record Name(String name, Kind kind) {
    }

    private final List<Name> names = new ArrayList<>();
    private final List<String> rooms;
    private final HomeMap map;

    Vocabulary(HomeMap map) {
        map.rooms().stream().map(Room::name).forEach(n -> names.add(new Name(n, Kind.ROOM)));
        map.doors().stream().map(Door::name).forEach(n -> names.add(new Name(n, Kind.DOOR)));
        map.zones().stream().map(Zone::name).forEach(n -> names.add(new Name(n, Kind.ZONE)));
        map.objects().stream().map(WorldObject::name).forEach(n -> names.add(new Name(n, Kind.OBJECT)));
        names.add(new Name(HomeMap.DOCK, Kind.DOCK));
        names.sort(Comparator.comparingInt((Name n) -> n.name().length()).reversed());
        rooms = map.roomNames();
        this.map = map;
    }

    /** The room an object is in; only called with a name {@link #find} returned as an object. */
    String roomOf(String object) {
        return map.object(object).orElseThrow().room();
    }

    /** The longest known name that the phrase is or ends with ("the big sofa" finds "sofa"). */
    Optional<Name> find(String phrase) {
        String p = " " + phrase.trim();
        return names.stream().filter(n -> p.endsWith(" " + n.name())).findFirst();
    }

    /** Every known name the text mentions anywhere, longest first. */
    List<Name> mentioned(String text) {
        String p = " " + text.trim() + " ";
        return names.stream().filter(n -> p.contains(" " + n.name() + " ")).toList();
    }

    List<String> rooms() {
        return rooms;
    }
}
