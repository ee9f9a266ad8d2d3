package dev.rosie.core.world;

import dev.rosie.core.action.Names;
import java.util.Objects;

/** A named area with a rule attached, such as a no-go zone. */
public record Zone(String name, ZoneKind kind, Polygon area) {
    public Zone {
        name = Names.require(name, "zone");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(area, "area");
    }
}
