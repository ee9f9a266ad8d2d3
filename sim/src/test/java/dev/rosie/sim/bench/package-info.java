/**
 * The simulator's benchmark: a program, not a test, that drives the simulated robot around the
 * reference apartment with people walking and the lidar on, and writes how many simulated seconds
 * pass per wall-clock second, and how many camera frames it renders per second, to
 * {@code sim/target/bench/sim.json}. Numbers go to a file, never into an assertion: timing depends
 * on the machine.
 */
package dev.rosie.sim.bench;
