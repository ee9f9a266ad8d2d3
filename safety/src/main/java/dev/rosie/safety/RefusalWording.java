package dev.rosie.safety;

import dev.rosie.core.action.Audience;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.CommandId;
import java.util.Objects;

/**
 * How a rule words its objection. Every rule picks one of the two shapes, so a rule whose reason
 * quotes the world or the plan (a person's name, where someone sleeps, when a room was cleaned, the
 * places of the home, a target the planner chose) cannot forget the version without it.
 *
 * <p>A {@link Detailed} generic text is built only from the rule and the requester's trust, never from
 * the world or the plan: a compromised planner cannot smuggle anything out through it either.
 */
public sealed interface RefusalWording {

    /** The full reason: the audit log keeps it, and the household hears it. */
    String detail();

    /** What anyone else hears, and what goes on channels others can read. */
    String generic();

    /** The refusal of {@code command} under {@code rule}, worded for {@code requester}. */
    default Refusal refusal(CommandId command, String rule, Audience requester) {
        return new Refusal(command, detail(), rule, generic(), requester);
    }

    /** Nothing in it is about the home: everyone hears the same sentence. */
    static RefusalWording plain(String text) {
        return new Plain(text);
    }

    /** A reason with the home's details in it, and the sentence outsiders hear instead. */
    static RefusalWording detailed(String detail, String generic) {
        return new Detailed(detail, generic);
    }

    record Plain(String text) implements RefusalWording {
        public Plain {
            requireText(text, "text");
        }

        @Override
        public String detail() {
            return text;
        }

        @Override
        public String generic() {
            return text;
        }
    }

    record Detailed(String detail, String generic) implements RefusalWording {
        public Detailed {
            requireText(detail, "detail");
            requireText(generic, "generic");
        }
    }

    private static void requireText(String text, String what) {
        if (Objects.requireNonNull(text, what).isBlank()) {
            throw new IllegalArgumentException("a refusal's " + what + " cannot be blank");
        }
    }
}
