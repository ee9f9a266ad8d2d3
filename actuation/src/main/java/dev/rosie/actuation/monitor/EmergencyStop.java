package dev.rosie.actuation.monitor;

import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The e-stop latch. Any authenticated channel may engage it; only an owner may release it. Safe to
 * engage from any thread (an MQTT callback, a signal handler): the control loop sees it on its next
 * tick, and the monitor refuses every motion command from the moment it is set.
 */
public final class EmergencyStop {

    /** Why and by whom the latch was engaged. */
    public record Engaged(String reason, Source by, Instant at) {
        public Engaged {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The answer to a release request. */
    public sealed interface Release {
        record Released(Engaged was) implements Release {
        }

        record NotEngaged() implements Release {
        }

        record Refused(String reason) implements Release {
        }
    }

    private final AtomicReference<Engaged> state = new AtomicReference<>();

    /** Engages the latch; a second engage keeps the first reason. Untrusted sources cannot engage it either. */
    public boolean engage(String reason, Source by, Instant at) {
        if (by.trust() == Trust.UNTRUSTED) {
            return false;
        }
        state.compareAndSet(null, new Engaged(reason, by, at));
        return true;
    }

    public Release release(Source by) {
        Engaged current = state.get();
        if (current == null) {
            return new Release.NotEngaged();
        }
        if (by.trust() != Trust.OWNER) {
            return new Release.Refused("only an owner may release the emergency stop; " + by + " may not");
        }
        return state.compareAndSet(current, null) ? new Release.Released(current) : release(by);
    }

    public boolean engaged() {
        return state.get() != null;
    }

    public Optional<Engaged> state() {
        return Optional.ofNullable(state.get());
    }
}
