package dev.rosie.worldmodel.bench;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The full world-model benchmark, run on request only (its name matches neither {@code *Test} nor
 * {@code *IT}, so {@code mvn verify} skips it):
 *
 * <pre>
 * mvn -B -q -o -pl worldmodel -am verify -Dtest=WorldModelBench -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * It writes {@code worldmodel/target/bench/worldmodel.json} and prints the figures.
 */
class WorldModelBench {
    @Test
    void run() throws Exception {
        WorldModelBenchmark.main(new String[] {Path.of("target", "bench", "worldmodel.json").toString()});
    }
}
