/**
 * COMPILE-CHECK STUB of Webots' Java controller API, in Rosie's test sources only: it lets the
 * Webots controller (sim/webots/controllers/rosie_controller) compile in the default build, where
 * Webots cannot be installed. Every member throws. The -Pwebots build compiles the controller against
 * the real $WEBOTS_HOME/lib/controller/java/Controller.jar instead.
 */
package com.cyberbotics.webots.controller;
