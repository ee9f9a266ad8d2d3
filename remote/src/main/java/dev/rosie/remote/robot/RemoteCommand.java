package dev.rosie.remote.robot;

import dev.rosie.core.command.Source;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed command the robot accepted and acknowledged, waiting in the {@link Inbox} to be run.
 *
 * @param ref the sender's nonce: every event about this command carries it, so the sender can follow it
 * @param text the text exactly as sent; intake normalises and screens it when it runs
 */
public record RemoteCommand(long seq, String ref, String text, Source source, String keyId, Instant receivedAt) {
    public RemoteCommand {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public RemoteCommand withSeq(long newSeq) {
        return new RemoteCommand(newSeq, ref, text, source, keyId, receivedAt);
    }
}
