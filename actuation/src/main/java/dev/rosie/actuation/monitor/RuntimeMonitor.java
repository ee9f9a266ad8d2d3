package dev.rosie.actuation.monitor;

import dev.rosie.core.robot.ActuatorResult;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.robot.ForwardingRobotDriver;
import dev.rosie.core.robot.RobotDriver;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.Zone;
import dev.rosie.core.world.ZoneKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Wraps the body and filters every command, independently of the guard (defence in depth): the
 * plan may be approved and still be stopped here if, in execution, it would speed, crowd a person,
 * cross into a no-go zone, push against an obstacle or go over a drop. The e-stop latch overrides
 * everything. Naming, capabilities and the camera are the body's own, forwarded unchanged.
 */
public final class RuntimeMonitor extends ForwardingRobotDriver {
    private static final int KEEP = 1000;

    private final MonitorLimits limits;
    private final EmergencyStop estop;
    private final List<Zone> noGo;
    private final Supplier<List<Point>> beings;
    private final Clock clock;
    private final ArrayDeque<Intervention> recent = new ArrayDeque<>();
    private final Map<Intervention.Kind, Integer> counts = new EnumMap<>(Intervention.Kind.class);
    private double lastLinear;
    private Instant lastCommandAt;
    private SensorReading lastReading;

    public RuntimeMonitor(RobotDriver body, MonitorLimits limits, EmergencyStop estop, HomeMap map,
            Supplier<List<Point>> beings, Clock clock) {
        super(Objects.requireNonNull(body, "body"));
        this.limits = Objects.requireNonNull(limits, "limits");
        this.estop = Objects.requireNonNull(estop, "estop");
        this.noGo = map.zones().stream().filter(z -> z.kind() == ZoneKind.NO_GO).toList();
        this.beings = Objects.requireNonNull(beings, "beings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized void drive(DriveCommand wanted) {
        Instant now = clock.instant();
        if (estop.engaged()) {
            if (!wanted.isZero()) {
                note(now, Intervention.Kind.EMERGENCY_STOP, "motion refused while the e-stop is engaged");
            }
            send(DriveCommand.ZERO, now);
            return;
        }
        double linear = wanted.linear();
        double angular = clamp(wanted.angular(), limits.maxTurn());
        if (Math.abs(linear) > limits.maxSpeed()) {
            note(now, Intervention.Kind.SPEED_CAP, String.format(java.util.Locale.ROOT, "%.2f m/s capped to %.2f", linear,
                    limits.maxSpeed()));
            linear = clamp(linear, limits.maxSpeed());
        }
        double dt = lastCommandAt == null ? 0 : Duration.between(lastCommandAt, now).toNanos() / 1e9;
        double rise = limits.maxAccel() * Math.max(dt, 0.02);
        if (Math.abs(linear) > Math.abs(lastLinear) + rise) {
            note(now, Intervention.Kind.ACCELERATION, "speed rise limited");
            linear = Math.signum(linear) * (Math.abs(lastLinear) + rise);
        }
        SensorReading reading = lastReading != null ? lastReading : delegate().read();
        Pose pose = reading.odometry();
        if (nearBeing(pose.position()) && Math.abs(linear) > limits.slowSpeed()) {
            note(now, Intervention.Kind.SLOW_ZONE, "person or pet within " + limits.slowRadius() + " m");
            linear = clamp(linear, limits.slowSpeed());
        }
        if (linear > 0 && reading.bumper()) {
            note(now, Intervention.Kind.BUMPER, "bumper pressed: no forward motion");
            linear = 0;
        }
        if (linear > 0 && reading.cliff()) {
            note(now, Intervention.Kind.CLIFF, "cliff sensor: no forward motion");
            linear = 0;
        }
        Optional<Zone> fence = linear == 0 ? Optional.empty() : crossing(pose, linear);
        if (fence.isPresent()) {
            note(now, Intervention.Kind.GEOFENCE, "would enter no-go zone " + fence.get().name());
            linear = 0;
        }
        send(new DriveCommand(linear, angular), now);
    }

    @Override
    public synchronized void suction(boolean on) {
        delegate().suction(on && !estop.engaged());
    }

    @Override
    public synchronized SensorReading read() {
        lastReading = delegate().read();
        return lastReading;
    }

    @Override
    public synchronized ActuatorResult pickUp(String object) {
        return estop.engaged() ? ActuatorResult.failed("the e-stop is engaged") : delegate().pickUp(object);
    }

    @Override
    public synchronized ActuatorResult putDown() {
        return estop.engaged() ? ActuatorResult.failed("the e-stop is engaged") : delegate().putDown();
    }

    @Override
    public synchronized ActuatorResult setDoor(String door, boolean open) {
        return estop.engaged() ? ActuatorResult.failed("the e-stop is engaged") : delegate().setDoor(door, open);
    }

    /**
     * Stops through the monitor's own path rather than the body's halt: the zero command is sent
     * (and remembered as the last speed) and suction goes off exactly as for any other command.
     */
    @Override
    public void halt() {
        drive(DriveCommand.ZERO);
        suction(false);
    }

    /** Stops the body at once; called when the e-stop engages, so it does not wait for the next tick. */
    public synchronized void haltNow() {
        send(DriveCommand.ZERO, clock.instant());
        delegate().suction(false);
    }

    public EmergencyStop emergencyStop() {
        return estop;
    }

    /** The latest interventions, oldest first (bounded). */
    public synchronized List<Intervention> interventions() {
        return List.copyOf(recent);
    }

    public synchronized int count(Intervention.Kind kind) {
        return counts.getOrDefault(kind, 0);
    }

    private void send(DriveCommand command, Instant now) {
        lastLinear = command.linear();
        lastCommandAt = now;
        delegate().drive(command);
    }

    private boolean nearBeing(Point here) {
        for (Point p : beings.get()) {
            if (p.distanceTo(here) <= limits.slowRadius()) {
                return true;
            }
        }
        return false;
    }

    /** The no-go zone the body would reach within the look-ahead, moving at {@code linear}. */
    private Optional<Zone> crossing(Pose pose, double linear) {
        double reach = linear * limits.lookahead() + Math.signum(linear) * limits.bodyRadius();
        Point ahead = new Point(pose.x() + Math.cos(pose.theta()) * reach, pose.y() + Math.sin(pose.theta()) * reach);
        for (Zone z : noGo) {
            boolean nowInside = z.area().distanceTo(pose.position()) <= limits.bodyRadius();
            if (!nowInside && z.area().contains(ahead)) {
                return Optional.of(z);
            }
            if (nowInside && z.area().distanceTo(ahead) < z.area().distanceTo(pose.position())) {
                return Optional.of(z); // already touching: only moves that lead out are allowed
            }
        }
        return Optional.empty();
    }

    private void note(Instant at, Intervention.Kind kind, String detail) {
        counts.merge(kind, 1, Integer::sum);
        recent.addLast(new Intervention(at, kind, detail));
        if (recent.size() > KEEP) {
            recent.removeFirst();
        }
    }

    private static double clamp(double v, double limit) {
        return Math.max(-limit, Math.min(limit, v));
    }
}
