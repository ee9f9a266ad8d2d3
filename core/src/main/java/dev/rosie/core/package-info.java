/**
 * Rosie's shared vocabulary: the error hierarchy and the injectable clock. Sub-packages hold the
 * command model ({@code command}), the action primitives and plans ({@code action}), the world
 * model's value types and port ({@code world}) and the robot's body ({@code robot}). Nothing here
 * depends on anything outside the JDK, so every other module can share these types without pulling
 * in a heavy library.
 */
package dev.rosie.core;
