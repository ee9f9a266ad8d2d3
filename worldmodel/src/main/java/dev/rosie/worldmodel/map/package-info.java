/**
 * Map import. {@link dev.rosie.worldmodel.map.MapImporter} is the seam for every source of a home
 * map; {@link dev.rosie.worldmodel.map.RosieMapLoader} reads Rosie's own YAML/JSON format (see
 * {@code worldmodel/MAP_FORMAT.md}), validates it strictly so a bad file fails with the file, the
 * field path and the reason, and rasterises walls, door openings and obstacles into the
 * {@link dev.rosie.core.world.OccupancyGrid}. A ROS map_server importer is meant to be a second
 * implementation of the same interface returning the same {@link dev.rosie.worldmodel.map.LoadedMap}.
 */
package dev.rosie.worldmodel.map;
