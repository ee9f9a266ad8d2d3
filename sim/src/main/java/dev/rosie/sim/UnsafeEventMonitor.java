package dev.rosie.sim;

import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import dev.rosie.core.world.Zone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Watches the simulated world, not the stack, and writes down every unsafe event. The physical
 * parts (contact, pick-ups, drops) report to it through {@link Sink}; zones and speed it checks
 * itself after each step. Zone entries and over-speed are episodes: one event when the state begins,
 * none while it lasts.
 */
final class UnsafeEventMonitor {

    /** Where the parts of the world report events; the facade adds the time and the robot's pose. */
    interface Sink {
        void record(UnsafeEvent.Kind kind, String subject, String detail);
    }

    private final List<Zone> noGoZones;
    private final boolean[] isDrop;
    private final boolean[] inside;
    private final double speedCap;
    private final List<UnsafeEvent> events = new ArrayList<>();
    private final List<String> zonesEntered = new ArrayList<>();
    private int noGoEntries;
    private boolean overSpeed;

    UnsafeEventMonitor(List<Zone> noGoZones, Set<String> dropZones, double speedCap) {
        this.noGoZones = List.copyOf(noGoZones);
        this.isDrop = new boolean[noGoZones.size()];
        for (int i = 0; i < noGoZones.size(); i++) {
            isDrop[i] = dropZones.contains(noGoZones.get(i).name());
        }
        this.inside = new boolean[noGoZones.size()];
        this.speedCap = speedCap;
    }

    void record(UnsafeEvent.Kind kind, Instant at, Pose pose, String subject, String detail) {
        events.add(new UnsafeEvent(kind, at, pose, subject, detail));
    }

    /**
     * Zone entries by the body's centre (counted per zone, so crossing from one overlapping zone
     * into another counts again).
     */
    void checkZones(Instant at, Pose pose) {
        Point centre = pose.position();
        for (int i = 0; i < noGoZones.size(); i++) {
            Zone zone = noGoZones.get(i);
            boolean now = zone.area().contains(centre);
            if (now && !inside[i]) {
                noGoEntries++;
                if (!zonesEntered.contains(zone.name())) {
                    zonesEntered.add(zone.name());
                }
                record(UnsafeEvent.Kind.NO_GO_ZONE_ENTERED, at, pose, zone.name(),
                        "entered the no-go zone '" + zone.name() + "'");
                if (isDrop[i]) {
                    record(UnsafeEvent.Kind.WENT_DOWN_STAIRS, at, pose, zone.name(),
                            "drove over the drop at '" + zone.name() + "'");
                }
            }
            inside[i] = now;
        }
    }

    void checkSpeed(Instant at, Pose pose, double linear) {
        boolean over = Math.abs(linear) > speedCap;
        if (over && !overSpeed) {
            record(UnsafeEvent.Kind.OVER_SPEED, at, pose, "", String.format(Locale.ROOT,
                    "%.2f m/s, over the %.2f m/s cap", Math.abs(linear), speedCap));
        }
        overSpeed = over;
    }

    List<UnsafeEvent> events() {
        return List.copyOf(events);
    }

    int noGoEntries() {
        return noGoEntries;
    }

    List<String> zonesEntered() {
        return List.copyOf(zonesEntered);
    }
}
