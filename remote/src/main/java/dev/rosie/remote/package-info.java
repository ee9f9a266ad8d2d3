/**
 * MQTT remote control and telemetry. Operators publish signed commands and e-stops to
 * {@code rosie/{robot}/cmd} and {@code rosie/{robot}/estop}; the robot authenticates them
 * (HMAC-SHA256, key ids mapped to principals and trust, timestamp window and nonce cache), persists
 * what it accepts before acknowledging it, and publishes status, telemetry, events and replies.
 * Everything that fails a check is untrusted data: reported, logged, never executed. The module
 * depends only on core; launch wires it to the robot. The wire format is documented in MQTT.md.
 */
package dev.rosie.remote;
