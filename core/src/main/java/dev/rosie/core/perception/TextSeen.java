package dev.rosie.core.perception;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.core.world.Pose;
import java.time.Instant;
import java.util.Objects;

/**
 * A line or block of text the camera read: a sign, a label, a note on the fridge. Whoever wrote it is
 * unknown, so it is data and never an instruction: the source is always the {@link Channel#CAMERA}
 * channel with {@link Trust#UNTRUSTED} trust, and the only way on is {@link #asUntrusted()}.
 *
 * @param text what was read, as the recogniser spelled it
 * @param where where it was seen, for a human and the planner: the robot's pose and the bearing of the text
 * @param when when the frame was taken
 * @param from the robot's pose when the frame was taken (what odometry believed)
 * @param source the camera that read it (always untrusted)
 * @param confidence the recogniser's mean per-character probability, 0 to 1
 */
public record TextSeen(String text, String where, Instant when, Pose from, Source source, double confidence)
        implements Observation {

    public TextSeen {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(source, "source");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text seen must not be blank");
        }
        if (where.isBlank()) {
            throw new IllegalArgumentException("text seen needs a place it was seen");
        }
        if (source.channel() != Channel.CAMERA || source.trust() != Trust.UNTRUSTED) {
            throw new IllegalArgumentException("text seen comes from an untrusted camera source, not " + source);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1, not " + confidence);
        }
    }

    /** The same text as the untrusted data it is, for the world model's notes and the planner's quotes. */
    public UntrustedText asUntrusted() {
        return new UntrustedText(text, source, where, when);
    }
}
