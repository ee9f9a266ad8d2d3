package dev.rosie.actuation;

import dev.rosie.actuation.avoid.AvoidanceConfig;
import dev.rosie.actuation.avoid.Surroundings;
import dev.rosie.actuation.avoid.Track;
import dev.rosie.actuation.avoid.VelocityGuard;
import dev.rosie.actuation.motion.CostMap;
import dev.rosie.core.robot.DriveCommand;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Pose;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Local avoidance for one leg of motion: every command the follower wants passes the
 * {@link VelocityGuard} against the tracks the robot's own lidar keeps. While something is in the
 * way the robot waits; after {@code detourAfter} of waiting it asks its caller to plan a way round
 * whatever stands still there (a walker is waited for, not planned round: it will have moved by the
 * time a detour is driven); after {@code giveUpAfter} of waiting in all it gives up with a reason
 * naming where the obstruction is. Time is counted from control ticks, never a wall clock.
 */
final class Avoider {
    /** Something moving slower than this, m/s, counts as standing in the way. */
    private static final double STANDING = 0.3;
    /** A tick longer than this (a stalled loop) counts as this much waiting. */
    private static final double LONGEST_TICK = 0.1;

    /** What the leg should do this tick. */
    sealed interface Step {
        /** Send this command (maybe slower than wanted). */
        record Go(DriveCommand command) implements Step {
        }

        /** Stand still: something is in the way. */
        record Wait() implements Step {
        }

        /** Plan a way round these discs, then go on; if there is none, wait. */
        record Detour(List<CostMap.Disc> around) implements Step {
        }

        /** Stop trying this leg. */
        record GiveUp(String reason) implements Step {
        }
    }

    private final Surroundings surroundings;
    private final VelocityGuard guard;
    private final AvoidanceConfig config;
    private Instant lastTick;
    private double sinceDetour;
    private double waited;
    private int detours;
    private Point lastBlocker;

    Avoider(Surroundings surroundings, VelocityGuard guard, AvoidanceConfig config) {
        this.surroundings = surroundings;
        this.guard = guard;
        this.config = config;
    }

    /** What to do instead of (or as) {@code wanted}, at {@code pose}. */
    Step step(DriveCommand wanted, Pose pose, Instant now) {
        double dt = lastTick == null ? 0 : Math.min(LONGEST_TICK, Duration.between(lastTick, now).toNanos() / 1e9);
        lastTick = now;
        VelocityGuard.Decision d = guard.check(wanted, pose, surroundings.tracks(now), surroundings.blindCorner());
        if (d.kind() != VelocityGuard.Kind.YIELDING) {
            sinceDetour = 0;
            return new Step.Go(d.command());
        }
        waited += dt;
        sinceDetour += dt;
        Track nearest = d.blockers().stream()
                .min(java.util.Comparator.comparingDouble(t -> t.position().distanceTo(pose.position()))).orElseThrow();
        lastBlocker = nearest.position();
        if (waited >= seconds(config.giveUpAfter())) {
            return new Step.GiveUp(String.format(Locale.ROOT,
                    "something not on the map (a person or pet?) stayed in the way at (%.2f, %.2f): waited %.0f s and"
                            + " tried %d way%s round; not pushing through",
                    lastBlocker.x(), lastBlocker.y(), waited, detours, detours == 1 ? "" : "s"));
        }
        List<CostMap.Disc> standing = d.blockers().stream().filter(t -> t.speed() < STANDING)
                .map(t -> new CostMap.Disc(t.position(), t.radius() + config.clearance())).toList();
        if (sinceDetour >= seconds(config.detourAfter()) && detours < config.maxDetours() && !standing.isEmpty()) {
            sinceDetour = 0;
            detours++;
            return new Step.Detour(standing);
        }
        return new Step.Wait();
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
