package dev.rosie.core.command;

import java.time.Instant;
import java.util.Objects;

/**
 * Text that reached Rosie as data: a sign the camera read, a note in the world model, an unsigned
 * or badly signed remote message. It can be shown to the planner, quoted and labelled, but never
 * becomes a {@link Command}.
 *
 * @param origin what the text is attached to or where it was seen (a room, an object, a topic)
 */
public record UntrustedText(String text, Source source, String origin, Instant seenAt) {
    public UntrustedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(seenAt, "seenAt");
        if (source.trust() != Trust.UNTRUSTED) {
            throw new IllegalArgumentException("untrusted text must carry an untrusted source, not " + source);
        }
    }
}
