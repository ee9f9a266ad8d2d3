package dev.rosie.launch.mission;

import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.MapFormats;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Loads a mission's map: the reference apartment shipped in the jar, or a map file. */
public final class MissionMaps {
    /** The value of {@code world.map} that names the reference apartment. */
    public static final String REFERENCE = "reference";

    private final Clock clock;

    /** @param clock stamps the map's residents (missions use their own start time) */
    public MissionMaps(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LoadedMap load(Optional<Path> file) {
        return file.map(f -> new MapFormats(clock).load(f, Optional.empty()))
                .orElseGet(() -> new RosieMapLoader(clock).referenceApartment());
    }
}
