/**
 * The {@code rosie} command line (picocli). Exit codes: 0 done, 1 failed, 2 usage error or input
 * that cannot be acted on (with a one-line message naming what was wrong and what is accepted),
 * 3 refused by the safety guard or the planner. No stack traces unless {@code --debug}.
 */
package dev.rosie.launch.cli;
