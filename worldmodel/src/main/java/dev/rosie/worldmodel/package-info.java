/**
 * The world model: how Rosie learns its home from a map file ({@code map}) and remembers what
 * happened in it ({@code store}). Everything here sits behind the core port
 * {@link dev.rosie.core.world.WorldModel} and the value types of {@code dev.rosie.core.world}, so
 * the planner, the guard and the executor never see YAML, SQL or files; only {@code launch} picks
 * the importer and the data directory and wires them in.
 */
package dev.rosie.worldmodel;
