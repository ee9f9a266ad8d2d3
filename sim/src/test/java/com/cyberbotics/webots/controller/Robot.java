package com.cyberbotics.webots.controller;

/**
 * COMPILE-CHECK STUB of Webots' Java controller API (the real class is in
 * $WEBOTS_HOME/lib/controller/java/Controller.jar). It exists only in Rosie's test sources so the
 * Webots controller compiles in the default build; it declares just the members Rosie's controller
 * calls, with the signatures of the Webots reference manual, and every one of them throws. It is
 * never on any run-time classpath, and it proves nothing about Webots itself.
 */
public class Robot {
    public Robot() {
        throw Stub.only();
    }

    public int step(int duration) {
        throw Stub.only();
    }

    public double getBasicTimeStep() {
        throw Stub.only();
    }

    public Motor getMotor(String name) {
        throw Stub.only();
    }

    public PositionSensor getPositionSensor(String name) {
        throw Stub.only();
    }

    public TouchSensor getTouchSensor(String name) {
        throw Stub.only();
    }

    public DistanceSensor getDistanceSensor(String name) {
        throw Stub.only();
    }

    public Camera getCamera(String name) {
        throw Stub.only();
    }

    public Lidar getLidar(String name) {
        throw Stub.only();
    }

    public GPS getGPS(String name) {
        throw Stub.only();
    }

    public InertialUnit getInertialUnit(String name) {
        throw Stub.only();
    }
}
