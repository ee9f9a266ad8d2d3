/**
 * The world model's value types and its port: geometry in metres in the map frame, the occupancy
 * grid, the home's rooms, doors, zones and objects, sightings of people and pets, and the immutable
 * {@link dev.rosie.core.world.WorldSnapshot} that the planner and the guard read. Storage lives in
 * the {@code worldmodel} module behind {@link dev.rosie.core.world.WorldModel}.
 */
package dev.rosie.core.world;
