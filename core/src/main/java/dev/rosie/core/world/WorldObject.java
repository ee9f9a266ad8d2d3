package dev.rosie.core.world;

import dev.rosie.core.action.Names;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A thing in the home.
 *
 * @param footprint the floor area it covers, if it matters for driving
 * @param obstacle whether the robot cannot drive through its footprint (a sofa is, a rug is not)
 * @param tags free properties such as {@code fragile}
 */
public record WorldObject(String name, ObjectClass objectClass, Point position, String room,
        Optional<Polygon> footprint, boolean obstacle, Set<String> tags) {
    public WorldObject {
        name = Names.require(name, "object");
        Objects.requireNonNull(objectClass, "objectClass");
        Objects.requireNonNull(position, "position");
        room = Names.require(room, "room");
        Objects.requireNonNull(footprint, "footprint");
        tags = Set.copyOf(tags);
    }

    public boolean hazardous() {
        return objectClass == ObjectClass.HAZARDOUS;
    }
}
