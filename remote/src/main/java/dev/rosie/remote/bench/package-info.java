/**
 * Benchmarks of the MQTT path that write their figures to a JSON file: command-to-acknowledgement
 * round trip (p50/p99) and telemetry messages delivered per second, for any broker URL. Reused by
 * {@code rosie bench}.
 */
package dev.rosie.remote.bench;
