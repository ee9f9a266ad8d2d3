/**
 * Simulated missions: a YAML file describes a world, a robot, the people walking around, a timeline
 * of inputs at simulated times (typed text, a WAV file through Vosk, a signed or unsigned MQTT
 * message, a sign in view, an e-stop and its release) and what must be true at the end. The loader
 * validates the whole file before anything runs; the runner drives the same {@code Robot} the CLI
 * uses on a {@code ManualClock}, so a run is deterministic for a seed; the results become
 * {@code report.json}, {@code map.png} and one execution-feedback record per command.
 */
package dev.rosie.launch.mission;
