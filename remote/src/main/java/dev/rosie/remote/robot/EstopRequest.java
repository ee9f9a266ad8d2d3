package dev.rosie.remote.robot;

import dev.rosie.core.command.Source;
import dev.rosie.remote.wire.EstopAction;
import java.time.Instant;
import java.util.Objects;

/** An authenticated request to engage or release the emergency stop. */
public record EstopRequest(EstopAction action, Source source, String ref, Instant at) {
    public EstopRequest {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(at, "at");
    }
}
