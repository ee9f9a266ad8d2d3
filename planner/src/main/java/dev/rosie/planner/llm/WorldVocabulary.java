package dev.rosie.planner.llm;

import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.core.world.Zone;
import java.util.ArrayList;
import java.util.List;

/**
 * The names a plan may use in one home: what narrows the schema's name fields to enums and what
 * the parser checks step parameters against.
 *
 * @param places every name a place parameter may take: rooms, doors, zones, objects and the dock
 */
public record WorldVocabulary(List<String> rooms, List<String> objects, List<String> doors, List<String> places) {
    public WorldVocabulary {
        rooms = List.copyOf(rooms);
        objects = List.copyOf(objects);
        doors = List.copyOf(doors);
        places = List.copyOf(places);
    }

    public static WorldVocabulary of(WorldSnapshot world) {
        HomeMap map = world.map();
        List<String> rooms = map.rooms().stream().map(Room::name).toList();
        List<String> objects = map.objects().stream().map(WorldObject::name).toList();
        List<String> doors = map.doors().stream().map(Door::name).toList();
        List<String> places = new ArrayList<>(rooms);
        places.addAll(doors);
        map.zones().stream().map(Zone::name).forEach(places::add);
        places.addAll(objects);
        places.add(HomeMap.DOCK);
        return new WorldVocabulary(rooms, objects, doors, places);
    }

    /** The accepted names for a parameter of {@code kind}, or empty when it is not a name. */
    public List<String> namesFor(ParamKind kind) {
        return switch (kind) {
            case ROOM -> rooms;
            case OBJECT -> objects;
            case DOOR -> doors;
            case PLACE, TARGET -> places;
            case TEXT, SECONDS, ENUM -> List.of();
        };
    }

    /** What a name of {@code kind} is called in an error message. */
    static String noun(ParamKind kind) {
        return switch (kind) {
            case ROOM -> "room";
            case OBJECT -> "object";
            case DOOR -> "door";
            case PLACE, TARGET -> "place";
            case TEXT -> "text";
            case SECONDS -> "duration";
            case ENUM -> "value";
        };
    }
}
