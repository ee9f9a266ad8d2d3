package dev.rosie.webots.world;

import dev.rosie.core.world.Pose;
import dev.rosie.webots.CreateSpec;

/**
 * The robot: the iRobot Create PROTO of Webots' library, docked, with the devices Rosie's controller
 * reads added through the PROTO's {@code bodySlot} (the PROTO's own fields, per Create.proto:
 * translation, rotation, name, controller, controllerArgs, window, customData, supervisor,
 * synchronization, bodySlot). Device names come from {@link CreateSpec}, the class the controller
 * itself uses, so the world and the controller cannot disagree on them.
 */
final class RobotWriter {
    static final int CAMERA_WIDTH = 320;
    static final int CAMERA_HEIGHT = 240;
    static final int LIDAR_BEAMS = 360;
    /** Just under 2 pi: Webots limits a lidar's fieldOfView to [0, 2 pi], and the world prints four decimals. */
    static final double LIDAR_FOV = 6.2831;
    static final double LIDAR_RANGE = 8.0;

    private final Wbt w;
    private final WorldSpec spec;

    RobotWriter(Wbt w, WorldSpec spec) {
        this.w = w;
        this.spec = spec;
    }

    void write(Pose dock) {
        w.open("DEF ROSIE Create");
        w.number("translation", dock.x(), dock.y(), ApartmentWorld.CREATE_ORIGIN_HEIGHT);
        w.number("rotation", 0, 0, 1, dock.theta());
        w.text("name", "rosie");
        w.text("controller", spec.controller());
        w.texts("controllerArgs", spec.controllerArgs());
        w.openList("bodySlot");
        // A forward camera just above the front of the top plate, clear of the bumper below it.
        w.open("Camera");
        w.number("translation", 0.15, 0, 0.05);
        w.text("name", CreateSpec.CAMERA);
        w.number("fieldOfView", 1.0472);
        w.number("width", CAMERA_WIDTH);
        w.number("height", CAMERA_HEIGHT);
        w.number("near", 0.05);
        w.close();
        // A planar 360-degree scanner: one layer, level, above the body so it never sees the robot itself.
        w.open("Lidar");
        w.number("translation", 0, 0, 0.07);
        w.text("name", CreateSpec.LIDAR);
        w.number("horizontalResolution", LIDAR_BEAMS);
        w.number("fieldOfView", LIDAR_FOV);
        w.number("numberOfLayers", 1);
        w.number("near", 0.03);
        w.number("minRange", 0.05);
        w.number("maxRange", LIDAR_RANGE);
        w.text("type", "fixed");
        w.text("projection", "cylindrical");
        w.close();
        // Localisation: in this ENU world the GPS reads map coordinates and the inertial unit's yaw is the map heading.
        w.open("GPS").text("name", CreateSpec.GPS).close();
        w.open("InertialUnit").text("name", CreateSpec.INERTIAL_UNIT).close();
        w.closeList();
        w.close();
    }
}
