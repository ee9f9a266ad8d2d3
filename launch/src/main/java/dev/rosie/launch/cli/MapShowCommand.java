package dev.rosie.launch.cli;

import dev.rosie.core.RosieException;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Sighting;
import dev.rosie.launch.wiring.MapChoice;
import dev.rosie.launch.wiring.Settings;
import dev.rosie.worldmodel.store.SqliteWorldModel;
import dev.rosie.worldmodel.view.MapPainter;
import dev.rosie.worldmodel.view.MapSummary;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rosie map show [--png FILE]}: the map Rosie uses (see {@link MapChoice}), with doors in
 * the state the robot last recorded and the people and pets it last saw, as text and optionally
 * as a picture.
 */
@Command(name = "show", description = "Prints the map Rosie uses: rooms with areas, doors, zones, objects, dock; --png draws it.")
public final class MapShowCommand implements Callable<Integer> {
    @Option(names = "--png", paramLabel = "FILE", description = "Also draw the map into this PNG file")
    Path png;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path data = common.dataDir();
        Settings settings = common.settings(data);
        Clock clock = Clock.fixed(Instant.now(), ZoneId.systemDefault());
        MapChoice choice = MapChoice.load(settings, clock);
        HomeMap map = choice.map().map();
        List<Sighting> people = choice.map().residents();
        String doors = "door states as in the map file (nothing recorded yet)";
        if (Files.exists(data.resolve(SqliteWorldModel.DB_FILE))) {
            try (SqliteWorldModel world = SqliteWorldModel.open(data, choice.map(), clock)) {
                map = world.snapshot().map();
                people = world.lastSightings();
                doors = "door states and sightings as last recorded in " + data.resolve(SqliteWorldModel.DB_FILE);
            } catch (RosieException e) {
                // A running robot holds the directory; the map itself is still worth showing.
                doors = "door states as in the map file (" + e.getMessage() + ")";
            }
        }
        out.println("Source: " + choice.description());
        MapSummary.lines(map, people).forEach(out::println);
        out.println("(" + doors + ")");
        if (png != null) {
            MapPainter painter = new MapPainter(map);
            painter.writePng(png);
            out.println("Picture: " + png.toAbsolutePath().normalize() + " (" + painter.scale() + " px per cell)");
        }
        return ExitCodes.DONE;
    }
}
