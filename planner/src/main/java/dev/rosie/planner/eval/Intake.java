package dev.rosie.planner.eval;

import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How an evaluation turns a case's text into a command, as the robot's intake would: the launch
 * module passes the real command intake (normalisation, wake word, screening); {@link #direct}
 * builds commands as they are, for tests of the planner alone.
 */
@FunctionalInterface
public interface Intake {

    /** What became of the text: a command to plan, or the reason it is none (untrusted, too long). */
    sealed interface Admission {
        record Accepted(Command command) implements Admission {
        }

        record Rejected(String reason) implements Admission {
        }
    }

    Admission admit(String text, Source source);

    /** Builds the command from the text as it is; rejects what {@link Command} itself rejects. */
    static Intake direct(Clock clock) {
        AtomicLong n = new AtomicLong();
        return (text, source) -> {
            try {
                return new Admission.Accepted(new Command(new CommandId("eval-" + n.incrementAndGet()), text, source,
                        clock.instant(), Screening.CLEAN));
            } catch (IllegalArgumentException e) {
                return new Admission.Rejected(e.getMessage());
            }
        };
    }
}
