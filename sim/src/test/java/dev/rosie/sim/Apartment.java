package dev.rosie.sim;

import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Pose;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The reference apartment, loaded from the world model's map file, and its residents as the simulator takes them. */
final class Apartment {
    static final Instant T0 = Instant.parse("2025-01-01T08:00:00Z");
    private static final LoadedMap LOADED =
            new RosieMapLoader(Clock.fixed(T0, ZoneOffset.UTC)).referenceApartment();

    /** In the hallway, west of the dock, facing east along it. */
    static final Pose HALLWAY = new Pose(2.0, 7.25, 0);

    private Apartment() {
    }

    static HomeMap map() {
        return LOADED.map();
    }

    static List<Resident> residents() {
        return LOADED.residents().stream().map(Resident::from).toList();
    }
}
