/**
 * Camera perception measured on the simulator's frames: the frames a robot in the reference apartment
 * actually sees (a sign held up in front of it, the living room, a bare wall), rendered by the
 * embedded simulator and run through the perception module's {@code CameraBenchmark}, for
 * {@code ./rosie bench}.
 */
package dev.rosie.launch.camera;
