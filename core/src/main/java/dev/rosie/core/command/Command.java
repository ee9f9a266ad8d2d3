package dev.rosie.core.command;

import java.time.Instant;
import java.util.Objects;

/**
 * A request from a principal that Rosie may act on, after intake normalised and screened it.
 * The compact constructor is the type-level half of invariant 2: only a command-carrying channel
 * with more than {@link Trust#UNTRUSTED} trust can produce a command.
 *
 * @param text the normalised text (NFKC, folded confusables, collapsed whitespace)
 */
public record Command(CommandId id, String text, Source source, Instant receivedAt, Screening screening) {
    public static final int MAX_TEXT = 500;

    public Command {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(screening, "screening");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a command needs text");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("command text is " + text.length() + " characters; the limit is " + MAX_TEXT);
        }
        if (!source.channel().carriesCommands() || source.trust() == Trust.UNTRUSTED) {
            throw new IllegalArgumentException("untrusted text from " + source + " can never become a command");
        }
    }
}
