/**
 * What every benchmark in Rosie shares: a {@link dev.rosie.core.bench.Stats summary} of measured
 * samples (count, warm-up count discarded, min, nearest-rank p50 and p99, max) and
 * {@link dev.rosie.core.bench.Timing timing} of an operation with its warm-up runs thrown away. The
 * module benchmarks and {@code rosie bench} compute their percentiles here, one way, so figures from
 * different modules mean the same thing. Benchmarks write numbers to files; nothing here asserts on
 * how fast anything is.
 */
package dev.rosie.core.bench;
