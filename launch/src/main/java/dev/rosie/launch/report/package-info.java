/**
 * Telling people what happened: {@link dev.rosie.launch.report.Narrator} prints a readable account
 * of each turn as it runs, and {@link dev.rosie.launch.report.TurnReport} writes the same turns as
 * a JSON report.
 */
package dev.rosie.launch.report;
