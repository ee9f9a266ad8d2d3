package dev.rosie.webots;

import com.cyberbotics.webots.controller.Camera;
import com.cyberbotics.webots.controller.DistanceSensor;
import com.cyberbotics.webots.controller.GPS;
import com.cyberbotics.webots.controller.InertialUnit;
import com.cyberbotics.webots.controller.Lidar;
import com.cyberbotics.webots.controller.Motor;
import com.cyberbotics.webots.controller.PositionSensor;
import com.cyberbotics.webots.controller.Robot;
import com.cyberbotics.webots.controller.TouchSensor;
import dev.rosie.core.world.Pose;
import java.util.List;
import java.util.Optional;

/**
 * The Create's devices through Webots' Java API ({@code com.cyberbotics.webots.controller}, in
 * {@code $WEBOTS_HOME/lib/controller/java/Controller.jar}). The API calls used here are those of the
 * Webots reference manual: {@code Robot.getMotor/getPositionSensor/getTouchSensor/getDistanceSensor/
 * getCamera/getLidar/getGPS/getInertialUnit(name)} (null when the robot has no such device),
 * {@code Motor.setPosition(Double.POSITIVE_INFINITY)} then {@code setVelocity} for velocity control,
 * {@code enable(samplingPeriodMs)} and {@code getValue()/getValues()/getRollPitchYaw()/getImage()/
 * getRangeImage()} on the sensors.
 *
 * <p>Not run in Rosie's CI (Webots cannot be installed there): it is compiled there against a
 * compile-check stub of those classes, and against the real Controller.jar by {@code -Pwebots}.
 */
public final class WebotsBody implements Body {
    /** The lidar and the camera are costly to render; Rosie's planner does not need them every 16 ms. */
    static final int LIDAR_PERIOD_MS = 100;
    static final int CAMERA_PERIOD_MS = 200;

    private final Motor left;
    private final Motor right;
    private final PositionSensor leftEncoder;
    private final PositionSensor rightEncoder;
    private final List<TouchSensor> bumpers;
    private final List<DistanceSensor> cliffs;
    private final Camera camera;
    private final Lidar lidar;
    private final GPS gps;
    private final InertialUnit imu;
    private final int lidarPeriod;
    private final int cameraPeriod;
    private long elapsedMs;

    /** Finds and enables the devices; a missing required device is an error naming it. */
    public WebotsBody(Robot robot, int basicTimeStep) {
        if (basicTimeStep <= 0) {
            throw new IllegalArgumentException("the world's basicTimeStep must be positive, not " + basicTimeStep);
        }
        left = required(robot.getMotor(CreateSpec.LEFT_MOTOR), "motor", CreateSpec.LEFT_MOTOR);
        right = required(robot.getMotor(CreateSpec.RIGHT_MOTOR), "motor", CreateSpec.RIGHT_MOTOR);
        // Velocity control: an infinite target position hands the motor's PID over to setVelocity.
        for (Motor m : List.of(left, right)) {
            m.setPosition(Double.POSITIVE_INFINITY);
            m.setVelocity(0);
        }
        leftEncoder = required(robot.getPositionSensor(CreateSpec.LEFT_ENCODER), "position sensor", CreateSpec.LEFT_ENCODER);
        rightEncoder = required(robot.getPositionSensor(CreateSpec.RIGHT_ENCODER), "position sensor",
                CreateSpec.RIGHT_ENCODER);
        leftEncoder.enable(basicTimeStep);
        rightEncoder.enable(basicTimeStep);
        bumpers = CreateSpec.BUMPERS.stream().map(n -> required(robot.getTouchSensor(n), "touch sensor", n)).toList();
        bumpers.forEach(b -> b.enable(basicTimeStep));
        cliffs = CreateSpec.CLIFF_SENSORS.stream().map(n -> required(robot.getDistanceSensor(n), "distance sensor", n)).toList();
        cliffs.forEach(c -> c.enable(basicTimeStep));
        lidarPeriod = multiple(LIDAR_PERIOD_MS, basicTimeStep);
        cameraPeriod = multiple(CAMERA_PERIOD_MS, basicTimeStep);
        lidar = robot.getLidar(CreateSpec.LIDAR);
        if (lidar != null) {
            lidar.enable(lidarPeriod);
        }
        camera = robot.getCamera(CreateSpec.CAMERA);
        if (camera != null) {
            camera.enable(cameraPeriod);
        }
        gps = robot.getGPS(CreateSpec.GPS);
        imu = robot.getInertialUnit(CreateSpec.INERTIAL_UNIT);
        if (gps != null && imu != null) {
            gps.enable(basicTimeStep);
            imu.enable(basicTimeStep);
        }
    }

    /** Counts simulated time, so a sensor is read only once its first sample exists. */
    void stepped(int ms) {
        elapsedMs += ms;
    }

    @Override
    public void setWheelSpeeds(double leftSpeed, double rightSpeed) {
        left.setVelocity(clamp(leftSpeed, left.getMaxVelocity()));
        right.setVelocity(clamp(rightSpeed, right.getMaxVelocity()));
    }

    @Override
    public double leftWheelAngle() {
        return leftEncoder.getValue();
    }

    @Override
    public double rightWheelAngle() {
        return rightEncoder.getValue();
    }

    @Override
    public double[] bumperValues() {
        return bumpers.stream().mapToDouble(TouchSensor::getValue).toArray();
    }

    @Override
    public double[] cliffValues() {
        return cliffs.stream().mapToDouble(DistanceSensor::getValue).toArray();
    }

    @Override
    public Optional<LidarSweep> lidar() {
        if (lidar == null || elapsedMs < lidarPeriod) {
            return Optional.empty();
        }
        float[] ranges = lidar.getRangeImage();
        int beams = lidar.getHorizontalResolution();
        if (ranges == null || ranges.length < beams || beams <= 0) {
            return Optional.empty();
        }
        // A multi-layer lidar's first row is its top layer; the generated world's lidar has one layer.
        float[] row = java.util.Arrays.copyOf(ranges, beams);
        return Optional.of(new LidarSweep(row, lidar.getFov(), lidar.getMaxRange()));
    }

    @Override
    public Optional<Image> image() {
        if (camera == null || elapsedMs < cameraPeriod) {
            return Optional.empty();
        }
        int[] pixels = camera.getImage();
        if (pixels == null || pixels.length != camera.getWidth() * camera.getHeight()) {
            return Optional.empty();
        }
        return Optional.of(new Image(camera.getWidth(), camera.getHeight(), pixels));
    }

    /**
     * GPS x, y and the inertial unit's yaw. In an ENU world (the generated one) the GPS reads map
     * coordinates, and the yaw (the last of roll, pitch, yaw; rotation about z) is zero facing +x and
     * grows counter-clockwise, as a map heading does.
     */
    @Override
    public Optional<Pose> localisation() {
        if (gps == null || imu == null) {
            return Optional.empty();
        }
        double[] p = gps.getValues();
        double[] rpy = imu.getRollPitchYaw();
        if (p == null || rpy == null || p.length < 2 || rpy.length < 3 || !Double.isFinite(p[0]) || !Double.isFinite(p[1])
                || !Double.isFinite(rpy[2])) {
            return Optional.empty();
        }
        return Optional.of(new Pose(p[0], p[1], rpy[2]));
    }

    @Override
    public boolean hasCamera() {
        return camera != null;
    }

    private static <T> T required(T device, String kind, String name) {
        if (device == null) {
            throw new IllegalStateException("the robot has no " + kind + " named '" + name + "': Rosie's controller expects"
                    + " the iRobot Create of Webots' library (Create.proto), as in sim/webots/worlds/apartment.wbt");
        }
        return device;
    }

    private static int multiple(int wantedMs, int step) {
        return Math.max(step, (wantedMs + step - 1) / step * step);
    }

    private static double clamp(double v, double limit) {
        double max = limit > 0 ? limit : CreateSpec.MAX_WHEEL_SPEED;
        return Math.max(-max, Math.min(max, v));
    }
}
