package dev.rosie.actuation.avoid;

import dev.rosie.core.world.Point;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Follows detections from sweep to sweep. Each track is predicted to the new sweep's time, then
 * detections and tracks are paired greedily, nearest first, within a gate that grows with the time
 * since the track was last seen (someone walking fast must still be matched). A matched track is
 * corrected with an alpha-beta filter, which gives a velocity estimate without a model of people;
 * an unmatched detection starts a new track at rest; a track missed for longer than
 * {@code forgetAfter} is dropped (until then it coasts on its velocity, so someone hidden for a
 * moment behind a table leg is not forgotten). Deterministic: ties break by track id and beam order.
 */
public final class Tracker {
    private static final double ALPHA = 0.6;
    private static final double BETA = 0.25;

    private final double gate;
    private final double maxSpeed;
    private final Duration forgetAfter;
    private final List<Track> tracks = new ArrayList<>();
    private int nextId = 1;
    private Instant last;

    /**
     * @param gate how far a detection may be from a track's prediction and still be it, m
     * @param maxSpeed the fastest anything in a home moves, m/s: caps velocity estimates and widens the gate
     * @param forgetAfter a track not seen for this long is dropped
     */
    public Tracker(double gate, double maxSpeed, Duration forgetAfter) {
        if (!(gate > 0 && maxSpeed > 0) || forgetAfter == null || forgetAfter.isNegative()) {
            throw new IllegalArgumentException("tracker needs gate > 0, maxSpeed > 0 and forgetAfter >= 0");
        }
        this.gate = gate;
        this.maxSpeed = maxSpeed;
        this.forgetAfter = forgetAfter;
    }

    public static Tracker defaults() {
        return new Tracker(0.35, 2.0, Duration.ofMillis(700));
    }

    /** Takes one sweep's detections, made at {@code at}; sweeps must come in time order. */
    public void update(List<Detection> detections, Instant at) {
        if (last != null && at.isBefore(last)) {
            throw new IllegalArgumentException("sweeps must come in time order: " + at + " is before " + last);
        }
        last = at;
        record Pair(int track, int detection, double distance) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int t = 0; t < tracks.size(); t++) {
            Track track = tracks.get(t);
            Point predicted = track.predict(at);
            double dt = Duration.between(track.at(), at).toNanos() / 1e9;
            double limit = gate + (track.hits() < 2 ? maxSpeed * dt : 0.5 * maxSpeed * dt);
            for (int d = 0; d < detections.size(); d++) {
                double dist = predicted.distanceTo(detections.get(d).centre());
                if (dist <= limit) {
                    pairs.add(new Pair(t, d, dist));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::distance).thenComparingInt(Pair::track).thenComparingInt(Pair::detection));
        boolean[] trackUsed = new boolean[tracks.size()];
        boolean[] detectionUsed = new boolean[detections.size()];
        List<Track> next = new ArrayList<>(tracks.size() + detections.size());
        for (Pair p : pairs) {
            if (trackUsed[p.track()] || detectionUsed[p.detection()]) {
                continue;
            }
            trackUsed[p.track()] = true;
            detectionUsed[p.detection()] = true;
            next.add(correct(tracks.get(p.track()), detections.get(p.detection()), at));
        }
        for (int t = 0; t < tracks.size(); t++) {
            Track track = tracks.get(t);
            if (!trackUsed[t] && Duration.between(track.at(), at).compareTo(forgetAfter) <= 0) {
                next.add(track); // coasting: kept as last estimated, predicted on demand
            }
        }
        for (int d = 0; d < detections.size(); d++) {
            if (!detectionUsed[d]) {
                Detection det = detections.get(d);
                next.add(new Track(nextId++, det.centre(), 0, 0, det.radius(), 1, at));
            }
        }
        next.sort(Comparator.comparingInt(Track::id));
        tracks.clear();
        tracks.addAll(next);
    }

    private Track correct(Track track, Detection det, Instant at) {
        double dt = Duration.between(track.at(), at).toNanos() / 1e9;
        Point predicted = track.predict(at);
        double rx = det.centre().x() - predicted.x();
        double ry = det.centre().y() - predicted.y();
        double x = predicted.x() + ALPHA * rx;
        double y = predicted.y() + ALPHA * ry;
        double vx = track.vx();
        double vy = track.vy();
        if (dt > 1e-6) {
            if (track.hits() == 1) { // the second sighting: a first difference is all there is
                vx = (det.centre().x() - track.position().x()) / dt;
                vy = (det.centre().y() - track.position().y()) / dt;
            } else {
                vx += BETA * rx / dt;
                vy += BETA * ry / dt;
            }
        }
        double speed = Math.hypot(vx, vy);
        if (speed > maxSpeed) {
            vx *= maxSpeed / speed;
            vy *= maxSpeed / speed;
        }
        // The visible outline changes as the robot moves round someone; follow it, but not jumpily.
        double radius = 0.5 * track.radius() + 0.5 * det.radius();
        return new Track(track.id(), new Point(x, y), vx, vy, radius, track.hits() + 1, at);
    }

    /** The tracks as predicted for {@code now}, dropping those not seen for longer than {@code forgetAfter}; by id. */
    public List<Track> tracks(Instant now) {
        List<Track> out = new ArrayList<>(tracks.size());
        for (Track t : tracks) {
            if (Duration.between(t.at(), now).compareTo(forgetAfter) <= 0) {
                out.add(t.at(now));
            }
        }
        return out;
    }

    /** Forgets everything (a new map, a jump in the robot's pose). */
    public void clear() {
        tracks.clear();
        last = null;
    }
}
