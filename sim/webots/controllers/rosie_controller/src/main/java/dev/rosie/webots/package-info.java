/**
 * Rosie's body on Webots: {@link dev.rosie.webots.WebotsDriver} implements the core
 * {@code RobotDriver} port for the iRobot Create of Webots' standard library, and
 * {@link dev.rosie.webots.RosieController} runs Rosie's loop (intake, planner, guard, executor and
 * runtime monitor, the same classes the embedded simulator runs) in Webots time, one
 * {@code Robot.step(basicTimeStep)} per control tick. Only {@link dev.rosie.webots.WebotsBody} and
 * {@link dev.rosie.webots.RosieController} touch the Webots API; the rest is plain Java, compiled
 * and tested in Rosie's default build. The controller itself is built only with {@code -Pwebots}.
 */
package dev.rosie.webots;
