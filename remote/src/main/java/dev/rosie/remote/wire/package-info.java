/**
 * The MQTT wire format, version 1: strict parsing of what operators send (size, UTF-8, JSON shape,
 * field types, unknown fields) with an error that names the problem, and the JSON documents the
 * robot publishes. Parsing never trusts a payload; authentication happens afterwards, in
 * {@code dev.rosie.remote.auth}. The schemas are in {@code mqtt/schema/} and MQTT.md.
 */
package dev.rosie.remote.wire;
