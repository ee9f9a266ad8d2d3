package dev.rosie.worldmodel.store;

import dev.rosie.core.ManualClock;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Runs in a child JVM for {@link CrossProcessLockTest}: opens the world model in the given data
 * directory, says so on stdout, and holds it until its stdin is closed.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-01T08:00:00Z"));
        try (SqliteWorldModel world = SqliteWorldModel.open(Path.of(args[0]), new RosieMapLoader(clock).referenceApartment(), clock)) {
            System.out.println("holding " + world.dataDir());
            System.out.flush();
            while (System.in.read() != -1) {
                // Block until the parent closes our stdin.
            }
        }
    }
}
