/**
 * Brokers Rosie can start itself: the embedded Moquette broker that makes {@code rosie serve} work
 * alone (loopback, no persistence on disk unless asked, telemetry to its vendor off, no websocket),
 * and a local Mosquitto process for integration tests and benchmarks.
 */
package dev.rosie.remote.broker;
