/** Tests of simulated missions: validation, determinism, exit codes, feedback records and the reward. */
package dev.rosie.launch.mission;
