/**
 * Planner benchmarks: warm per-command planning latency (p50/p90/p99) written as JSON, callable
 * from the CLI ({@code rosie eval-planner --bench FILE}) and from the project-wide benchmark runner.
 */
package dev.rosie.planner.bench;
