package dev.rosie.perception.intake;

import dev.rosie.core.command.Command;
import dev.rosie.core.command.UntrustedText;
import java.util.Optional;

/** What intake made of a piece of text. */
public sealed interface IntakeResult {

    /** A command to plan. */
    record Accepted(Command command) implements IntakeResult {
    }

    /**
     * Not a command: empty, too long, or from an untrusted source.
     *
     * @param asData the text kept as untrusted data, when there was any worth keeping
     */
    record Rejected(String reason, Optional<UntrustedText> asData) implements IntakeResult {
    }
}
