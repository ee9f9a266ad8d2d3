/**
 * Planner backends: each turns a {@link dev.rosie.core.command.Command} and a
 * {@link dev.rosie.core.world.WorldSnapshot} into a plan, a refusal or a clarifying question. Their
 * output is never trusted; the safety guard checks every plan.
 */
package dev.rosie.planner;
