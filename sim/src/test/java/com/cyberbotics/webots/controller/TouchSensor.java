package com.cyberbotics.webots.controller;

/**
 * COMPILE-CHECK STUB of Webots' Java controller API (the real class is in
 * $WEBOTS_HOME/lib/controller/java/Controller.jar). It exists only in Rosie's test sources so the
 * Webots controller compiles in the default build; it declares just the members Rosie's controller
 * calls, with the signatures of the Webots reference manual, and every one of them throws. It is
 * never on any run-time classpath, and it proves nothing about Webots itself.
 */
public class TouchSensor extends Device {
    public void enable(int samplingPeriod) {
        throw Stub.only();
    }

    public double getValue() {
        throw Stub.only();
    }
}
