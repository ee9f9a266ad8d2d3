package dev.rosie.ros.bridge;

import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.command.UntrustedText;
import java.time.Instant;
import java.util.Objects;

/**
 * Text that arrived on Rosie's command topic, already labelled with its provenance. By default it
 * is {@link Untrusted}: data that may be shown to the planner, quoted, and never obeyed. Only a
 * caller the configuration trusts yields a {@link Request}, which still goes through intake,
 * screening and the safety guard like any typed command.
 */
public sealed interface RosInbound {
    /** Text from the ROS graph that must never become a command. */
    record Untrusted(UntrustedText text) implements RosInbound {
        public Untrusted {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Text from a configured, trusted caller: a request for intake, not yet a command. */
    record Request(String text, Source source, Instant receivedAt) implements RosInbound {
        public Request {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(receivedAt, "receivedAt");
            if (source.trust() == Trust.UNTRUSTED) {
                throw new IllegalArgumentException("an untrusted source makes Untrusted text, not a Request");
            }
        }
    }
}
