/**
 * Measuring a planner: the evaluation-set format (JSON Lines of commands with the expected plan,
 * question or refusal), the scoring rule, the runner and its report. The launch module's
 * {@code rosie eval-planner} and the accuracy-floor test both use it, so the number in the README
 * is the number the build checks.
 */
package dev.rosie.planner.eval;
