/**
 * The embedded simulator: {@link dev.rosie.sim.SimDriver} is a headless, deterministic model of a
 * small differential-drive vacuum robot in a {@link dev.rosie.core.world.HomeMap} and of the home
 * around it (doors, dirt, people and pets, movable objects, signs), driven one fixed step at a time
 * by its caller, which also owns the {@link dev.rosie.core.ManualClock} it advances. It never starts
 * a thread and never reads the wall clock, so a simulated run is much faster than real time and
 * repeats bit for bit for the same seed. Besides what the robot senses (noisy odometry, lidar,
 * bumper, cliff sensors, camera, battery) it keeps ground truth the robot does not: true pose,
 * collisions, dirt per room, where everyone is, and the unsafe events an independent monitor saw.
 * The facade is the only public behaviour; the parts (body, floor plan, sensors, crowd, objects,
 * camera renderer, monitor) are package-private and each does one thing.
 */
package dev.rosie.sim;
