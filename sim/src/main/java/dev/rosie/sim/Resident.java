package dev.rosie.sim;

import dev.rosie.core.action.Names;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Sighting;
import java.util.Objects;

/**
 * Someone who lives in (or visits) the simulated home: where they start and whether they sleep.
 * A resident who is asleep stays put; the others walk (see {@link WalkerConfig}).
 */
public record Resident(String name, BeingKind kind, Point start, boolean asleep) {
    public Resident {
        name = Names.require(name, "resident");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
    }

    /** A resident where a map file's sighting puts them (the map loader gives one per resident). */
    public static Resident from(Sighting sighting) {
        return new Resident(sighting.name(), sighting.kind(), sighting.position(), sighting.asleep());
    }
}
