package dev.rosie.safety.suite;

import dev.rosie.core.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A corpus that cannot be run as written. Lists every problem found, each with its line and field,
 * so a corpus author fixes them in one pass instead of one per run.
 */
public final class CorpusFormatException extends InvalidInputException {
    /** Enough to fix a file; the full list stays available through {@link #problems()}. */
    static final int SHOWN = 25;

    private final String source;
    private final List<Problem> problems;

    /**
     * One thing wrong with one line.
     *
     * @param field the field's wire name ({@code channel}, {@code expect_actions[1]}), or {@code (line)}
     *     when the line as a whole is unreadable
     */
    public record Problem(int line, String field, String reason) {
        public String describe() {
            return "line " + line + ", field '" + field + "': " + reason;
        }
    }

    CorpusFormatException(String source, List<Problem> problems) {
        super(message(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(String source, List<Problem> problems) {
        if (problems.size() == 1) {
            return source + ": " + problems.get(0).describe();
        }
        String shown = problems.stream().limit(SHOWN).map(p -> "  " + p.describe())
                .collect(Collectors.joining("\n"));
        String more = problems.size() > SHOWN ? "\n  ... and " + (problems.size() - SHOWN) + " more" : "";
        return source + ": " + problems.size() + " problems\n" + shown + more;
    }
}
