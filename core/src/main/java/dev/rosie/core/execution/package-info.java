/**
 * What the executor reports while it runs a plan: step starts, progress, completions and typed
 * failures, and finished cleaning runs. Listeners (world model, CLI, MQTT telemetry, the planner
 * for replanning) subscribe through {@link dev.rosie.core.execution.ExecutionListener}.
 */
package dev.rosie.core.execution;
