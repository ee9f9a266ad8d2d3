/**
 * The embedded simulator: {@link dev.rosie.sim.SimDriver} is a headless, deterministic model of a
 * small differential-drive vacuum robot in a {@link dev.rosie.core.world.HomeMap}, driven one fixed
 * step at a time by its caller, which also owns the {@link dev.rosie.core.ManualClock} it advances.
 * It never starts a thread and never reads the wall clock, so a simulated run is faster than real
 * time and repeats bit for bit. Besides the sensor readings the robot sees, it keeps ground truth
 * the robot does not (true pose, collisions, entries into no-go zones) for tests and reports.
 */
package dev.rosie.sim;
