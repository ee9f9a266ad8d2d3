package dev.rosie.core.command;

import java.util.Objects;

/**
 * Provenance of a piece of text: the channel it came through, who sent it (as far as that channel
 * can tell) and how much that principal is trusted.
 *
 * @param principal a stable name such as {@code alex} or {@code key:ops-1}; {@code unknown} when the
 *     channel cannot authenticate
 */
public record Source(Channel channel, String principal, Trust trust) {
    public Source {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(trust, "trust");
        if (principal == null || principal.isBlank()) {
            throw new IllegalArgumentException("a source needs a principal (use 'unknown')");
        }
        if (!channel.carriesCommands() && trust != Trust.UNTRUSTED) {
            // Text seen by the camera or read from storage is data whoever wrote it.
            throw new IllegalArgumentException(channel.wireName() + " text is always untrusted, not " + trust.wireName());
        }
    }

    public static Source cli(String principal, Trust trust) {
        return new Source(Channel.CLI, principal, trust);
    }

    @Override
    public String toString() {
        return channel.wireName() + "/" + principal + " (" + trust.wireName() + ")";
    }
}
