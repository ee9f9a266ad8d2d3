package dev.rosie.worldmodel.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.InvalidInputException;
import dev.rosie.core.RosieException;
import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.MapFormats;
import dev.rosie.worldmodel.map.RosMapImporter;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * The maps imported into a data directory, and which one is current. {@code rosie map import}
 * validates a map, copies it (with its image and overlay) into {@code DATA/map/ID/}, checks the
 * copy loads to the same map, and only then switches {@code DATA/map/current.json} to it with an
 * atomic rename: a bad file, or a crash half-way, leaves the previous map in use. Later commands
 * without {@code --map} load the current one. Importing takes the data directory's lock, so it is
 * refused while a running robot holds the directory.
 */
public final class InstalledMaps {
    public static final String MAP_DIR = "map";
    public static final String CURRENT = "current.json";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** The map a data directory uses, as recorded by the last import. */
    public record Current(String id, MapFormats.Format format, Path map, Optional<Path> overlay, String source,
            Instant importedAt) {
        public Current {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(map, "map");
            Objects.requireNonNull(overlay, "overlay");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(importedAt, "importedAt");
        }
    }

    /** What an import stored, with a note on what was read (the image's encoding, for ROS maps). */
    public record Installed(Current current, LoadedMap map, Optional<String> image) {
    }

    private final Path dataDir;
    private final Clock clock;
    private final MapFormats formats;
    private final ObjectMapper json = new ObjectMapper();

    public InstalledMaps(Path dataDir, Clock clock) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.formats = new MapFormats(clock);
    }

    /** Validates {@code file} (and {@code overlay} for a ROS map), stores a copy and makes it current. */
    public Installed install(Path file, Optional<Path> overlay) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(overlay, "overlay");
        // Everything is read and checked before the data directory is touched.
        MapFormats.Format format = formats.detect(file);
        RosMapImporter.Result ros = null;
        LoadedMap loaded;
        Optional<Path> overlayFile = overlay;
        if (format == MapFormats.Format.ROS) {
            overlayFile = overlay.or(() -> Optional.of(RosMapImporter.defaultOverlay(file)));
            if (overlay.isEmpty() && !Files.isRegularFile(overlayFile.get())) {
                formats.ros().load(file); // throws the importer's own "needs an overlay" message
            }
            ros = formats.ros().read(file, overlayFile.get());
            loaded = ros.map();
        } else {
            loaded = formats.load(file, overlay);
        }
        try (DataDirLock lock = DataDirLock.acquire(SqliteConnections.prepareDirectory(dataDir))) {
            Path maps = Files.createDirectories(dataDir.resolve(MAP_DIR));
            Instant now = clock.instant();
            Path dir = freshDirectory(maps, ID_TIME.format(now));
            try {
                Current current = copy(file, format, ros, overlayFile, dir, now);
                LoadedMap again = load(current);
                if (!again.map().equals(loaded.map())) {
                    throw new RosieException("the copy of " + file + " in " + dir + " does not load to the same map", false);
                }
                writeCurrent(maps, current);
                return new Installed(current, loaded, ros == null ? Optional.empty() : Optional.of(ros.image()));
            } catch (IOException | RuntimeException e) {
                deleteQuietly(dir);
                throw e;
            }
        } catch (IOException e) {
            throw new RosieException("cannot store the map in " + dataDir.resolve(MAP_DIR) + " (nothing was changed): "
                    + e.getMessage(), false, e);
        }
    }

    /**
     * Copies the files under their own names (a ROS map's image becomes {@code STEM.pgm} and its
     * overlay {@code STEM.overlay.yaml}), so the copy reads exactly as the original did, name included.
     */
    private static Current copy(Path file, MapFormats.Format format, RosMapImporter.Result ros, Optional<Path> overlay,
            Path dir, Instant now) throws IOException {
        String id = dir.getFileName().toString();
        String source = file.toAbsolutePath().normalize().toString();
        String name = file.getFileName().toString();
        if (format == MapFormats.Format.ROSIE) {
            Files.copy(file, dir.resolve(name));
            return new Current(id, format, Path.of(id, name), Optional.empty(), source, now);
        }
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String overlayName = stem + (extension(overlay.orElseThrow()).equals(".json") ? ".overlay.json" : RosMapImporter.OVERLAY_SUFFIX);
        Files.copy(ros.yaml().image(), dir.resolve(stem + ".pgm"));
        Files.copy(overlay.get(), dir.resolve(overlayName));
        Files.writeString(dir.resolve(stem + ".yaml"), ros.yaml().render(stem + ".pgm"));
        return new Current(id, format, Path.of(id, stem + ".yaml"), Optional.of(Path.of(id, overlayName)), source, now);
    }

    /** The current map's record, if a map was ever imported here. */
    public Optional<Current> current() {
        Path file = dataDir.resolve(MAP_DIR).resolve(CURRENT);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = json.readTree(file.toFile());
            String overlay = n.path("overlay").isTextual() ? n.get("overlay").asText() : null;
            return Optional.of(new Current(n.get("id").asText(), MapFormats.Format.valueOf(n.get("format").asText()),
                    Path.of(n.get("map").asText()), Optional.ofNullable(overlay).map(Path::of), n.get("source").asText(),
                    Instant.parse(n.get("imported_at").asText())));
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(file + ": the record of the current map is unreadable (" + e.getMessage()
                    + "); import the map again with 'rosie map import FILE'", e);
        }
    }

    /** The current imported map, loaded and checked again. */
    public Optional<LoadedMap> loadCurrent() {
        return current().map(this::load);
    }

    private LoadedMap load(Current current) {
        Path maps = dataDir.resolve(MAP_DIR);
        Path map = maps.resolve(current.map());
        return switch (current.format()) {
            case ROSIE -> formats.rosie().load(map);
            case ROS -> formats.ros().load(map, maps.resolve(current.overlay().orElseThrow(() -> new InvalidInputException(
                    maps.resolve(CURRENT) + ": a ROS map is recorded without its overlay; import it again"))));
        };
    }

    /** Written next to the final name, flushed, then renamed over it: readers see the old record or the new. */
    private void writeCurrent(Path maps, Current current) throws IOException {
        ObjectNode n = json.createObjectNode();
        n.put("id", current.id());
        n.put("format", current.format().name());
        n.put("map", current.map().toString());
        current.overlay().ifPresent(o -> n.put("overlay", o.toString()));
        n.put("source", current.source());
        n.put("imported_at", current.importedAt().toString());
        Path tmp = maps.resolve(CURRENT + ".tmp");
        Files.write(tmp, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.move(tmp, maps.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, maps.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path freshDirectory(Path maps, String base) throws IOException {
        for (int n = 1; ; n++) {
            Path dir = maps.resolve(n == 1 ? base : base + "-" + n);
            if (!Files.exists(dir)) {
                return Files.createDirectory(dir);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // A leftover directory is harmless: current.json never points at it.
        }
    }

    private static String extension(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? ".json" : ".yaml";
    }
}
