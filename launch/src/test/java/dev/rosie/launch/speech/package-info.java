/** Tests that the speech grammar and the rest of the robot agree. */
package dev.rosie.launch.speech;
