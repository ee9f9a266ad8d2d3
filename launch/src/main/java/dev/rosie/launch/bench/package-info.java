/**
 * {@code rosie bench}: Rosie's performance figures measured on the machine it runs on. Each
 * {@link dev.rosie.launch.bench.Benchmark} is an independent entry (a small class that reuses its
 * module's benchmark code) naming the figures it produces; {@link dev.rosie.launch.bench.BenchRegistry}
 * lists them, {@link dev.rosie.launch.bench.BenchRun} runs them one after another (one failing does not
 * stop the others, but fails the run), and {@link dev.rosie.launch.bench.BenchReport} writes
 * {@code bench/results.json} and the table. Every figure is min, p50, p99 and max over a stated number
 * of measured runs after discarded warm-up runs, computed by {@link dev.rosie.core.bench.Stats}. A figure
 * that was not measured is absent, never estimated.
 */
package dev.rosie.launch.bench;
