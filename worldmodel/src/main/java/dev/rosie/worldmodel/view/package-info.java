/**
 * Showing a map to a person: {@link dev.rosie.worldmodel.view.MapSummary} lists rooms with their
 * areas, doors with their state, zones, objects by class and room, and the dock as text;
 * {@link dev.rosie.worldmodel.view.MapPainter} draws the grid, room outlines and names, doors,
 * hatched no-go zones, objects and the dock into a PNG with plain {@code java.awt} (headless: no
 * display is needed, only a font).
 */
package dev.rosie.worldmodel.view;
