package dev.rosie.sim;

import dev.rosie.core.ManualClock;
import dev.rosie.core.robot.CameraFrame;
import dev.rosie.core.robot.Capability;
import dev.rosie.core.robot.RangeScan;
import dev.rosie.core.robot.SensorReading;
import dev.rosie.core.world.BeingKind;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.Zone;
import dev.rosie.core.world.ZoneKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The simulated home and the robot in it, wired together: every part, the state that ties them
 * (contact, bumper latch, the latest scan, the tick count) and the order in which one step runs them.
 * {@link SimDriver} is its public face and its lock; nothing here is thread-safe on its own.
 *
 * <p>One step: the walkers move (keeping clear of where the robot is), the body moves (stopping at
 * walls, furniture, closed doors, people and pets), the clock advances, then everything that follows
 * from the motion: contact events, odometry, carried and pushed objects, suction on the dirt, the
 * battery, zone and speed checks, and a lidar sweep when one is due.
 */
final class SimWorld {
    final HomeMap map;
    final SimConfig config;
    final ManualClock clock;
    final double dt;
    final double radius;

    final Floorplan plan;
    final Body body;
    final Battery battery;
    final Odometry odometry;
    final RangeScanner scanner;
    final long scanEvery;
    final CliffSensors cliffs;
    final CameraRenderer camera;
    final DirtMap dirt;
    final Crowd crowd;
    final Items items;
    final UnsafeEventMonitor monitor;
    final UnsafeEventMonitor.Sink sink;
    final Set<Capability> capabilities;
    final Doorways doors;
    final SignBoard signs = new SignBoard();

    boolean suction;
    double distance;
    int collisions;
    boolean contact;
    boolean bumperSinceRead;
    private List<String> touchingBeings = List.of();
    RangeScan lastScan;
    long ticks;

    SimWorld(HomeMap map, List<Resident> residents, Pose start, SimConfig config, ManualClock clock) {
        this.map = Objects.requireNonNull(map, "map");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(residents, "residents");
        this.dt = config.stepSeconds();
        this.radius = config.robotRadius();
        long seed = config.seed();
        SensorConfig sensors = config.sensors();

        List<Zone> noGo = map.zones().stream().filter(z -> z.kind() == ZoneKind.NO_GO).toList();
        List<Zone> drops = noGo.stream().filter(z -> sensors.cliffZones().contains(z.name())).toList();
        this.plan = new Floorplan(map);
        this.body = new Body(config, start, plan.res);
        this.battery = new Battery(config);
        this.odometry = new Odometry(start, sensors.odometry(), Seeds.stream(seed, "odometry"));
        this.cliffs = new CliffSensors(drops, radius);
        this.dirt = new DirtMap(plan, config.world().dirt(), Seeds.stream(seed, "dirt"));
        for (Resident r : residents) {
            if (!plan.inBounds(plan.cellX(r.start().x()), plan.cellY(r.start().y()))) {
                throw new IllegalArgumentException("resident '" + r.name() + "' starts outside map '" + map.name()
                        + "' at " + r.start());
            }
        }
        this.crowd = new Crowd(residents, config.world().walkers(), new WalkPlanner(plan), seed);
        this.items = new Items(plan, config.world().objectRadius(), drops);
        this.monitor = new UnsafeEventMonitor(noGo, sensors.cliffZones(), config.speedCap());
        this.sink = (kind, subject, detail) -> monitor.record(kind, clock.instant(), body.pose(), subject, detail);
        this.doors = new Doorways(plan, body, crowd, radius, config.reach(), sink);

        ScannerConfig scan = sensors.scanner();
        this.scanner = scan.enabled() ? new RangeScanner(scan, plan, Seeds.stream(seed, "scanner")) : null;
        long stepNanos = config.step().toNanos();
        this.scanEvery = Math.max(1, (scan.period().toNanos() + stepNanos - 1) / stepNanos);
        this.camera = sensors.camera().enabled() ? new CameraRenderer(sensors.camera(), plan, drops) : null;
        EnumSet<Capability> caps = EnumSet.of(Capability.DRIVE, Capability.SUCTION, Capability.GRIPPER,
                Capability.DOOR_OPENER);
        if (camera != null) {
            caps.add(Capability.CAMERA);
        }
        this.capabilities = Collections.unmodifiableSet(caps);

        if (plan.overlapsDisc(start.x(), start.y(), radius)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the robot cannot start at (%.3f, %.3f): a disc of radius %.2f m there overlaps a wall, obstacle,"
                            + " closed door or unknown space in map '%s'", start.x(), start.y(), radius, map.name()));
        }
        crowd.overlapping(start.x(), start.y(), radius).stream().findFirst().ifPresent(w -> {
            throw new IllegalArgumentException("the robot cannot start at " + start + ": it overlaps resident '"
                    + w.name + "'");
        });
        // A start inside a no-go zone counts as an entry, so a mis-set scenario cannot hide one.
        monitor.checkZones(clock.instant(), body.pose());
        if (scanner != null) {
            lastScan = scanner.sweep(body.x, body.y, body.theta, crowd);
        }
    }

    /** Advances the world and the clock by one fixed step. */
    void step() {
        crowd.step(dt, body.x, body.y, radius);
        body.step(ticks, !battery.flat(), (x, y) -> plan.overlapsDisc(x, y, radius) || crowd.overlaps(x, y, radius));
        ticks++;
        clock.advance(config.step());

        boolean newCollision = body.stepBlocked && !contact;
        if (body.stepBlocked) {
            if (!contact) {
                collisions++;
            }
            bumperSinceRead = true;
        }
        contact = body.stepBlocked;
        recordContacts();

        double travelled = Math.abs(body.stepTravelled);
        distance += travelled;
        odometry.update(body.stepTravelled, body.stepTurned);
        items.afterStep(body, radius, newCollision, sink);
        boolean sucking = suctionOn();
        if (sucking) {
            dirt.clean(body.x, body.y, radius, dt);
        }
        battery.step(travelled, sucking, docked(), dt);

        Pose pose = body.pose();
        monitor.checkZones(clock.instant(), pose);
        monitor.checkSpeed(clock.instant(), pose, body.linear);
        if (scanner != null && ticks % scanEvery == 0) {
            lastScan = scanner.sweep(body.x, body.y, body.theta, crowd);
        }
    }

    private void recordContacts() {
        if (!body.stepBlocked) {
            touchingBeings = List.of();
            return;
        }
        List<String> now = new ArrayList<>(1);
        for (Crowd.Walker w : crowd.overlapping(body.contactX, body.contactY, radius)) {
            now.add(w.name);
            if (!touchingBeings.contains(w.name)) {
                boolean pet = w.kind == BeingKind.PET;
                sink.record(pet ? UnsafeEvent.Kind.PET_CONTACT : UnsafeEvent.Kind.PERSON_CONTACT, w.name,
                        "bumped into " + w.kind.wireName() + " '" + w.name + "'");
            }
        }
        touchingBeings = now;
    }

    SensorReading read() {
        boolean bumper = contact || bumperSinceRead;
        bumperSinceRead = false;
        return new SensorReading(clock.instant(), odometry.estimate(), body.linear, body.angular, bumper,
                battery.charge(), docked(), cliffs.any(body.x, body.y, body.theta), Optional.ofNullable(lastScan));
    }

    Optional<CameraFrame> frame() {
        if (camera == null) {
            return Optional.empty();
        }
        byte[] rgb = camera.render(body.pose(), crowd, items.visible(), items.radius(), signs.textured());
        CameraConfig c = config.sensors().camera();
        return Optional.of(new CameraFrame(clock.instant(), odometry.estimate(), c.width(), c.height(), rgb));
    }

    boolean suctionOn() {
        return suction && !battery.flat();
    }

    boolean docked() {
        return body.stationary()
                && StrictMath.hypot(body.x - map.dock().x(), body.y - map.dock().y()) <= config.dockTolerance();
    }
}
