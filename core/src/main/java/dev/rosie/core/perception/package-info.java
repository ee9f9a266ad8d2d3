/**
 * What the robot's senses report, as plain values: a {@link dev.rosie.core.perception.Observation} is
 * either text the camera read ({@link dev.rosie.core.perception.TextSeen}, always untrusted data with its
 * provenance, never a command) or a person it saw ({@link dev.rosie.core.perception.PersonSeen}, a bearing
 * and a distance from a known pose). Perception produces them; the composition root writes them into the
 * world model through its port.
 */
package dev.rosie.core.perception;
