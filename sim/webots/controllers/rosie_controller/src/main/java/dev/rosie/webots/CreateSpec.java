package dev.rosie.webots;

import java.util.List;

/**
 * The iRobot Create of Webots' standard library ({@code projects/robots/irobot/create/protos/Create.proto}),
 * as Rosie's controller uses it. Device names, wheel radius, axle length and the wheel motors' top
 * speed are read from that PROTO and from Webots' own Create controller
 * ({@code create_avoid_obstacles.c}: WHEEL_RADIUS 0.031, AXLE_LENGTH 0.271756, cliff when a cliff
 * sensor reads below 100). The camera, lidar, GPS and inertial unit are not part of the PROTO: the
 * generated world adds them through the PROTO's {@code bodySlot}, under these names.
 */
public final class CreateSpec {
    private CreateSpec() {
    }

    public static final String LEFT_MOTOR = "left wheel motor";
    public static final String RIGHT_MOTOR = "right wheel motor";
    public static final String LEFT_ENCODER = "left wheel sensor";
    public static final String RIGHT_ENCODER = "right wheel sensor";
    public static final List<String> BUMPERS = List.of("bumper_left", "bumper_right");
    public static final List<String> CLIFF_SENSORS = List.of("cliff_left", "cliff_front_left", "cliff_front_right",
            "cliff_right");

    /** Added by the world through bodySlot. */
    public static final String CAMERA = "camera";
    public static final String LIDAR = "lidar";
    public static final String GPS = "gps";
    public static final String INERTIAL_UNIT = "inertial unit";

    public static final double WHEEL_RADIUS = 0.031;
    public static final double AXLE_LENGTH = 0.271756;
    /** RotationalMotor.maxVelocity of both wheel motors, rad/s (about 0.5 m/s at the rim). */
    public static final double MAX_WHEEL_SPEED = 16.129;
    /**
     * A cliff sensor's lookup table maps 0 m to 4095 and 0.2 m to 0, so floor 4.4 cm below reads about
     * 3200 and a drop reads near 0; Webots' own controller calls anything under 100 a cliff.
     */
    public static final double CLIFF_THRESHOLD = 100;
    /** The body's radius (the PROTO's bounding cylinder), m. */
    public static final double RADIUS = 0.1675;

    public static DiffDrive drive() {
        return new DiffDrive(WHEEL_RADIUS, AXLE_LENGTH, MAX_WHEEL_SPEED);
    }
}
