package dev.rosie.launch.wiring;

import dev.rosie.safety.PolicyMapCheck;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.MapFormats;
import dev.rosie.worldmodel.map.RosieMapLoader;
import dev.rosie.worldmodel.store.InstalledMaps;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Which map a command uses: {@code --map FILE} when given (Rosie's format, or a ROS map_server
 * YAML with its overlay beside it), else the map last imported into the data directory with
 * {@code rosie map import}, else the reference apartment shipped in the jar.
 *
 * @param description where the map came from, for messages and reports
 * @param origin which file a user edits to change the map's names, for the policy's cross-check
 */
public record MapChoice(LoadedMap map, String description, PolicyMapCheck.Origin origin) {
    public MapChoice {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(origin, "origin");
    }

    /** Loads the map {@code settings} call for; the clock stamps the map's residents. */
    public static MapChoice load(Settings settings, Clock clock) {
        MapFormats formats = new MapFormats(clock);
        if (settings.mapFile().isPresent()) {
            var file = settings.mapFile().get();
            return new MapChoice(formats.load(file, Optional.empty()), "--map " + file,
                    new PolicyMapCheck.Origin(file.toString(), false));
        }
        InstalledMaps installed = new InstalledMaps(settings.dataDir(), clock);
        Optional<InstalledMaps.Current> current = installed.current();
        if (current.isPresent()) {
            String description = "imported " + current.get().importedAt() + " from " + current.get().source() + " ("
                    + current.get().format().description() + ")";
            // The data directory holds a copy: names are fixed in the imported file (a ROS map's overlay), then re-imported.
            return new MapChoice(installed.loadCurrent().orElseThrow(), description, new PolicyMapCheck.Origin(
                    "imported from " + current.get().source() + (current.get().overlay().isPresent() ? " and its overlay" : "")
                            + "; after editing, run rosie map import again", false));
        }
        return new MapChoice(new RosieMapLoader(clock).referenceApartment(), "the reference apartment (built in)",
                new PolicyMapCheck.Origin("built in", true));
    }
}
