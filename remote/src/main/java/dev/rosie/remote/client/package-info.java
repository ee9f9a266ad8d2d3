/**
 * The operator's side: a connection that publishes signed requests to one robot and follows what
 * the robot publishes (events, replies, status, telemetry), used by {@code rosie remote ...}, the
 * integration tests and the benchmarks.
 */
package dev.rosie.remote.client;
