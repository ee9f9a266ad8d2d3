package dev.rosie.worldmodel.map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.rosie.core.InvalidInputException;
import dev.rosie.core.world.OccupancyGrid;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Loads maps in Rosie's own format: YAML, or JSON (chosen by a {@code .json} extension; YAML would
 * read most JSON too, but JSON's own parser gives better messages for JSON mistakes). The format is
 * documented in {@code worldmodel/MAP_FORMAT.md} and {@code schema/map.schema.json}.
 *
 * <p>Residents read from the file become sightings with provenance {@code map}, stamped with the
 * injected clock's time at load, so tests and simulations see repeatable times.
 */
public final class RosieMapLoader implements MapImporter {
    /** The classpath resource holding the shared reference apartment. */
    public static final String REFERENCE_APARTMENT = "maps/reference-apartment.yaml";
    /** Real maps are tens of kilobytes; a limit keeps a wrong path (a video, a disk image) from eating the heap. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private final Clock clock;
    private final ObjectMapper yaml;
    private final ObjectMapper json;

    public RosieMapLoader(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        // Duplicate keys are an error, not "last one wins": two `open:` lines on a door is a mistake to report.
        this.yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
        this.json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
    }

    @Override
    public String format() {
        return "rosie";
    }

    @Override
    public LoadedMap load(Path file) {
        Objects.requireNonNull(file, "file");
        return parse(file.toString(), readText(file, "map file"));
    }

    /**
     * Loads an overlay: Rosie's format without the grid keys, naming the rooms, doors, zones,
     * objects, dock and residents on a grid that came from elsewhere (a ROS map_server image).
     * Every coordinate is checked against {@code grid}; the grid's cells are used as they are.
     *
     * @param defaultName the map's name when the overlay has no {@code name}
     */
    public LoadedMap loadOverlay(Path overlay, OccupancyGrid grid, String defaultName) {
        Objects.requireNonNull(overlay, "overlay");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(defaultName, "defaultName");
        String source = overlay.toString();
        MapNode root = tree(source, readText(overlay, "overlay file"));
        return read(source, () -> MapReader.overlay(root, clock.instant(), grid, defaultName).read());
    }

    /** Reads a small text file, refusing a missing file, a directory, or anything over {@link #MAX_FILE_BYTES}. */
    static String readText(Path file, String what) {
        String source = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(source + ": not a readable " + what + " (missing, or a directory)");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new InvalidInputException(source + ": the file is " + size + " bytes; a " + what + " is at most " + MAX_FILE_BYTES);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(source + ": cannot read the " + what + ": " + e.getMessage(), e);
        }
    }

    /** Loads a map shipped on the classpath, such as {@link #REFERENCE_APARTMENT}. */
    public LoadedMap loadResource(String resource) {
        Objects.requireNonNull(resource, "resource");
        try (InputStream in = RosieMapLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidInputException("classpath:" + resource + ": no such map resource");
            }
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new InvalidInputException("classpath:" + resource + ": a map file is at most " + MAX_FILE_BYTES + " bytes");
            }
            return parse("classpath:" + resource, new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidInputException("classpath:" + resource + ": cannot read the map: " + e.getMessage(), e);
        }
    }

    /** The reference apartment every module, test and corpus shares. */
    public LoadedMap referenceApartment() {
        return loadResource(REFERENCE_APARTMENT);
    }

    /**
     * Parses map text. {@code sourceName} is only used in messages and to pick JSON over YAML, so
     * callers holding text from elsewhere (an MQTT upload, a test) still get useful errors.
     */
    public LoadedMap parse(String sourceName, String text) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(text, "text");
        MapNode root = tree(sourceName, text);
        return read(sourceName, () -> new MapReader(root, clock.instant()).read());
    }

    /** Parses YAML, or JSON for a {@code .json} source, into a strict cursor at the document's root. */
    MapNode tree(String sourceName, String text) {
        boolean isJson = sourceName.toLowerCase(Locale.ROOT).endsWith(".json");
        JsonNode tree;
        try {
            tree = (isJson ? json : yaml).readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidInputException(sourceName + ": (document): not valid " + (isJson ? "JSON" : "YAML")
                    + where + ": " + e.getOriginalMessage(), e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new InvalidInputException(sourceName + ": (document): the file is empty");
        }
        return MapNode.root(sourceName, tree);
    }

    private static LoadedMap read(String sourceName, Supplier<LoadedMap> reader) {
        try {
            return reader.get();
        } catch (IllegalArgumentException e) {
            // The reader checks everything it knows about first; this catches a core type's own
            // check that it did not anticipate, so a bad file still never escapes as a bare IAE.
            throw new InvalidInputException(sourceName + ": " + e.getMessage(), e);
        }
    }
}
