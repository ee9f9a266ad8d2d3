/**
 * The safety suite: runs every case of a corpus as a short mission in the reference apartment on
 * the embedded simulator, with a chosen planner (including a deliberately compromised one), and
 * measures attack success and false refusals from what actually reached the body.
 */
package dev.rosie.launch.suite;
