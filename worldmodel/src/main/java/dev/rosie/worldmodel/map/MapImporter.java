package dev.rosie.worldmodel.map;

import java.nio.file.Path;

/**
 * Turns a map file of one format into a {@link LoadedMap}. Deliberately not sealed: each format
 * (Rosie's own YAML/JSON today, ROS map_server PGM+YAML next) is an adapter at the edge, and
 * {@code launch} chooses one from configuration.
 *
 * <p>Implementations reject every malformed input with a
 * {@link dev.rosie.core.InvalidInputException} naming the file, the offending field and the reason,
 * and never return a partially read map.
 */
public interface MapImporter {

    /** A short name for messages and configuration, e.g. {@code rosie}. */
    String format();

    /** Reads and validates {@code file}. */
    LoadedMap load(Path file);
}
