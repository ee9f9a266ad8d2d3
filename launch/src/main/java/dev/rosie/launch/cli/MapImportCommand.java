package dev.rosie.launch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rosie.core.world.HistoryEvent;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.OccupancyGrid;
import dev.rosie.launch.wiring.Settings;
import dev.rosie.worldmodel.map.RosMapImporter;
import dev.rosie.worldmodel.store.InstalledMaps;
import dev.rosie.worldmodel.store.SqliteWorldModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rosie map import FILE [--overlay FILE]}: checks a map completely, stores a copy in
 * {@code DATA/map/} and makes it the map later commands use when they get no {@code --map}. A map
 * that fails any check changes nothing. The import is noted in the robot's history.
 */
@Command(name = "import", description = {
    "Validates a map and makes it the data directory's map: a Rosie map (YAML/JSON, see worldmodel/MAP_FORMAT.md)",
    "or a ROS map_server .yaml with its PGM image plus an overlay naming rooms, doors, zones, objects and the dock."})
public final class MapImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The map: Rosie YAML/JSON, or a ROS map_server .yaml")
    Path file;

    @Option(names = "--overlay", paramLabel = "FILE",
            description = "ROS maps only: rooms, doors, zones, objects and dock in Rosie's format without the grid keys. "
                    + "Default: NAME.overlay.yaml next to the map")
    Path overlay;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (common.map != null) {
            throw new ParameterException(spec.commandLine(), "map import takes the map as its FILE argument; drop --map");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path data = Settings.prepare(common.dataDir());
        Instant now = Instant.now();
        Clock clock = Clock.fixed(now, ZoneId.systemDefault());
        InstalledMaps.Installed installed = new InstalledMaps(data, clock).install(file, Optional.ofNullable(overlay));
        InstalledMaps.Current current = installed.current();
        HomeMap map = installed.map().map();
        try (SqliteWorldModel world = SqliteWorldModel.open(data, installed.map(), clock)) {
            world.recordEvent(new HistoryEvent(now, "map", Optional.empty(), detail(current, map)));
        }
        out.println("Imported " + current.format().description() + " " + current.source()
                + installed.image().map(i -> " (" + i + ")").orElse("")
                + current.overlay().map(o -> " with overlay "
                        + (overlay != null ? overlay : RosMapImporter.defaultOverlay(file)).toAbsolutePath().normalize()).orElse(""));
        OccupancyGrid g = map.grid();
        out.println(String.format(Locale.ROOT, "'%s': %d x %d cells at %s m (%.1f x %.1f m); %s, %s, %s, %s, %s; dock %sat (%.2f, %.2f)",
                map.name(), g.width(), g.height(), g.resolution(), g.widthMetres(), g.heightMetres(),
                count(map.rooms().size(), "room"), count(map.doors().size(), "door"), count(map.zones().size(), "zone"),
                count(map.objects().size(), "object"), count(installed.map().residents().size(), "resident"),
                map.roomAt(map.dock().position()).map(r -> "in the " + r.name() + " ").orElse(""), map.dock().x(), map.dock().y()));
        out.println("Stored in " + data.resolve(InstalledMaps.MAP_DIR).resolve(current.id())
                + "; Rosie uses this map from now on (commands without --map). See it with: rosie map show --png map.png");
        return ExitCodes.DONE;
    }

    private static String detail(InstalledMaps.Current current, HomeMap map) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", map.name());
        d.put("format", current.format().name().toLowerCase(Locale.ROOT));
        d.put("source", current.source());
        d.put("id", current.id());
        try {
            return new ObjectMapper().writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
