/**
 * The composition root. Only this module knows every other one: {@code wiring} builds a robot from
 * configuration, {@code cli} is the picocli command line behind {@code ./rosie}, and {@code report}
 * prints and writes what happened.
 */
package dev.rosie.launch;
