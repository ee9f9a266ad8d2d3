package dev.rosie.worldmodel.map;

import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Sighting;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an importer produces: the static home plus the people and pets the map file says live there.
 * Residents are kept apart from the {@link HomeMap} because they move: they seed the world model's
 * sightings and are superseded by anything the robot later sees.
 */
public record LoadedMap(HomeMap map, List<Sighting> residents) {
    public LoadedMap {
        Objects.requireNonNull(map, "map");
        residents = List.copyOf(residents);
        Set<String> names = new HashSet<>();
        for (Sighting s : residents) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("resident '" + s.name() + "' appears twice in map '" + map.name() + "'");
            }
            if (map.room(s.room()).isEmpty()) {
                throw new IllegalArgumentException("resident '" + s.name() + "' is in unknown room '" + s.room() + "'");
            }
        }
    }
}
