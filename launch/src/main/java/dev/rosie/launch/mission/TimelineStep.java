package dev.rosie.launch.mission;

import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.Point;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input on a mission's timeline. Commands ({@link Say}, {@link Wav}, {@link Mqtt}) wait their turn
 * while the robot is busy, as commands in the serve loop's inbox do; {@link Sign}, {@link Estop} and
 * {@link Release} happen at their time whatever the robot is doing.
 */
public sealed interface TimelineStep {

    Timing when();

    /** A short description for reports and the progress line. */
    String describe();

    /** Typed (or spoken, as text) input from {@code source}: the CLI's and the demo's path into intake. */
    record Say(Timing when, String text, Source source) implements TimelineStep {
        public Say {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String describe() {
            return source + " says \"" + text + "\"";
        }
    }

    /** A recording transcribed by Vosk with the home grammar; the robot acts on what Vosk heard. */
    record Wav(Timing when, Path file, Source source) implements TimelineStep {
        public Wav {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String describe() {
            return source + " speaks the recording " + file.getFileName();
        }
    }

    /**
     * An MQTT command payload, signed with a key registered for {@code signer} (owner or operator)
     * or, when {@code signer} is empty, unsigned. It enters at the same intake the MQTT endpoint
     * uses: the payload reader, then the authenticator, with no broker in between.
     *
     * @param signer the trust of the signing key's holder (owner or operator); {@link Trust#UNTRUSTED} means unsigned
     * @param principal the key's principal
     */
    record Mqtt(Timing when, String text, Trust signer, String principal) implements TimelineStep {
        public Mqtt {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(signer, "signer");
            Objects.requireNonNull(principal, "principal");
        }

        public boolean signed() {
            return signer != Trust.UNTRUSTED;
        }

        @Override
        public String describe() {
            return (signed() ? "MQTT, signed by " + principal + " (" + signer.wireName() + ")" : "MQTT, unsigned")
                    + ": \"" + text + "\"";
        }
    }

    /**
     * A sign appears in the robot's home with text on it: put up in the simulator (the camera renders
     * it) and, what the camera's text reader would report, kept as untrusted camera text.
     */
    /** A sign put up in {@code room}: at {@code at} facing {@code facing}, or, with no spot, held up ahead of the robot. */
    record Sign(Timing when, String text, java.util.Optional<Point> at, double facing, String room) implements TimelineStep {
        public Sign {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(room, "room");
        }

        @Override
        public String describe() {
            return "a sign " + (at.isPresent() ? "in the " + room : "held up in view in the " + room) + " reads \"" + text
                    + "\"";
        }
    }

    /** An emergency stop from an authenticated channel. */
    record Estop(Timing when, Source source) implements TimelineStep {
        public Estop {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String describe() {
            return "e-stop by " + source;
        }
    }

    /** A request to release the e-stop; only an owner's succeeds. */
    record Release(Timing when, Source source) implements TimelineStep {
        public Release {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String describe() {
            return "release of the e-stop by " + source;
        }
    }

    /** Whether the step is a command that needs the robot free. */
    default boolean isCommand() {
        return this instanceof Say || this instanceof Wav || this instanceof Mqtt;
    }
}
