package dev.rosie.webots.world;

import dev.rosie.worldmodel.map.LoadedMap;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Generates the Webots world from a Rosie map. The map is loaded (and so fully validated) by the
 * world model's own loader; the wall segments, which the loader rasterises and does not keep, are
 * then read from the same text.
 *
 * <p>Usage (a test-scope main of the sim module): {@code WorldGenerator [MAP.yaml] OUT.wbt}; with no
 * map, the reference apartment. The committed world is kept current by {@code ApartmentWorldTest}.
 */
public final class WorldGenerator {
    /** Residents' sighting times do not appear in the world; a fixed clock keeps loading repeatable anyway. */
    private static final Clock LOAD_CLOCK = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    private WorldGenerator() {
    }

    /** The reference apartment's world, as committed under sim/webots/worlds/apartment.wbt. */
    public static String referenceApartment() {
        String resource = RosieMapLoader.REFERENCE_APARTMENT;
        String text;
        try (InputStream in = WorldGenerator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the reference map " + resource + " is not on the classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return generate(resource, text, WorldSpec.referenceApartment());
    }

    static String generate(String sourceName, String mapText, WorldSpec spec) {
        LoadedMap map = new RosieMapLoader(LOAD_CLOCK).parse(sourceName, mapText);
        return new ApartmentWorld(map, MapGeometry.read(sourceName, mapText), spec).render();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: WorldGenerator [MAP.yaml] OUT.wbt");
            System.exit(2);
        }
        String world;
        if (args.length == 1) {
            world = referenceApartment();
        } else {
            Path map = Path.of(args[0]);
            WorldSpec reference = WorldSpec.referenceApartment();
            WorldSpec spec = new WorldSpec(map.toString(), reference.dropZones(), reference.controller(),
                    reference.controllerArgs(), reference.obstacleHeights(), reference.defaultObstacleHeight(),
                    reference.mountHeights());
            world = generate(map.toString(), Files.readString(map, StandardCharsets.UTF_8), spec);
        }
        Path out = Path.of(args[args.length - 1]);
        Files.writeString(out, world, StandardCharsets.UTF_8);
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
