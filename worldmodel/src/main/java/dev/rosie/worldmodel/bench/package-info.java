/**
 * Benchmarks of the world model that write figures to a file and never assert on them (timing
 * assertions are flaky on shared machines and tell nothing when they pass).
 * {@link dev.rosie.worldmodel.bench.WorldModelBenchmark} is a plain class with a {@code run()}
 * method returning the figures, so {@code rosie bench} can call it, and a {@code main} that writes
 * them as JSON.
 */
package dev.rosie.worldmodel.bench;
