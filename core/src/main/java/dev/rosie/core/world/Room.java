package dev.rosie.core.world;

import dev.rosie.core.action.Names;
import java.util.Objects;

/** A named room and its floor outline. */
public record Room(String name, Polygon area) {
    public Room {
        name = Names.require(name, "room");
        Objects.requireNonNull(area, "area");
    }
}
