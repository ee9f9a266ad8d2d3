/**
 * Wiring: builds the world model, planner, guard, executor and body from configuration, and runs
 * one command at a time through them ({@link dev.rosie.launch.wiring.Robot}). In the embedded
 * simulator the control loop is ticked here, so a run is faster than real time and repeatable.
 */
package dev.rosie.launch.wiring;
