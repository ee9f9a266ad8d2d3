/**
 * Planner quality across modules: the accuracy floors of the embedded planner on the evaluation
 * sets against the reference apartment, the latency benchmark file, and the split of duties with
 * the safety guard (the planner plans dangerous requests literally; the guard refuses them).
 */
package dev.rosie.launch.eval;
