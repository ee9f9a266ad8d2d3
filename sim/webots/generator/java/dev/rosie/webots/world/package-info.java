/**
 * Writes the Webots world ({@code sim/webots/worlds/apartment.wbt}) from a Rosie map file, so the
 * Webots apartment is the map and never drifts from it: walls from the map's wall segments, floors
 * from its rooms, doors, furniture, markers for small and hazardous objects, the stairs as a real
 * drop, the dock, the residents, and an iRobot Create carrying the devices Rosie's controller reads.
 * It is built and run as a test source of the {@code sim} module (see {@code sim/pom.xml}); a test
 * fails when the committed world differs from what this generator writes today.
 */
package dev.rosie.webots.world;
