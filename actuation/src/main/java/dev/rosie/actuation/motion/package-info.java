/**
 * Motion planning on the occupancy grid: an obstacle map inflated by the robot's radius with
 * closed doors and no-go zones blocked, A* global paths shortened by line of sight, boustrophedon
 * coverage of a room, a path follower that turns waypoints into velocity commands, and the choice
 * of where to stand to reach something with the gripper.
 */
package dev.rosie.actuation.motion;
