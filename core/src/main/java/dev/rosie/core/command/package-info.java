/**
 * Commands and their provenance. A {@link dev.rosie.core.command.Command} is what a trusted or
 * semi-trusted principal asked for, through a channel that can carry commands; text that merely
 * arrived (read by the camera, stored as a note, sent unsigned) is an
 * {@link dev.rosie.core.command.UntrustedText} and the types make it impossible to turn one into the
 * other by accident.
 */
package dev.rosie.core.command;
