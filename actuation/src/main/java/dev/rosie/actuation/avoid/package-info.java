/**
 * Local avoidance of things the map does not know about: people and pets walking about. Each lidar
 * sweep is compared with the static map ({@link dev.rosie.actuation.avoid.StaticMask}); returns the
 * map does not explain are grouped into detections ({@link dev.rosie.actuation.avoid.ScanSegmenter}),
 * followed across sweeps with a velocity estimate ({@link dev.rosie.actuation.avoid.Tracker}), and
 * every velocity command the path follower wants is checked against where those tracks are going
 * ({@link dev.rosie.actuation.avoid.VelocityGuard}): slow near them, stop rather than drive into
 * one. It works from the robot's own sensor, not from anyone's list of where people are, and it is
 * driven by sensor timestamps and control ticks only (no wall clock).
 */
package dev.rosie.actuation.avoid;
