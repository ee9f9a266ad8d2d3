package dev.rosie.planner.eval;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the planner answered to one case and whether that counts as right.
 *
 * <p>The scoring rule: a case expecting actions passes when the plan's labels ({@code type:target}
 * in order) equal {@code expect_actions} exactly, except that a trailing {@code dock} the planner
 * adds after cleaning is ignored when the case does not expect it (a vacuum goes back to charge by
 * itself; a case need not say so). {@code "clarify"} passes on a clarifying question;
 * {@code "refuse"} passes on a planner refusal, or when the intake makes no command at all (text
 * from an untrusted source is never obeyed). Anything else fails, including a plan where a
 * question was expected: guessing is the failure clarification exists to prevent.
 */
public record CaseResult(EvalCase evalCase, Answer answer, boolean passed, long nanos) {

    /** The planner's answer, reduced to what scoring compares. */
    public sealed interface Answer {
        record Planned(List<String> labels) implements Answer {
            public Planned {
                labels = List.copyOf(labels);
            }

            @Override
            public String describe() {
                return String.join(" -> ", labels);
            }
        }

        record Asked(String question) implements Answer {
            @Override
            public String describe() {
                return "clarify: \"" + question + "\"";
            }
        }

        record Refused(String rule, String reason) implements Answer {
            @Override
            public String describe() {
                return "refuse (" + rule + "): \"" + reason + "\"";
            }
        }

        record NotACommand(String reason) implements Answer {
            @Override
            public String describe() {
                return "not a command: " + reason;
            }
        }

        String describe();
    }

    static Answer answerOf(PlannerResult result) {
        return switch (result) {
            case Plan p -> new Answer.Planned(p.steps().stream().map(Action::label).toList());
            case Clarification c -> new Answer.Asked(c.question());
            case Refusal r -> new Answer.Refused(r.rule(), r.reason());
        };
    }

    /** Whether {@code answer} meets {@code expected} under the scoring rule above. */
    public static boolean scores(EvalCase.Expectation expected, Answer answer) {
        return switch (expected) {
            case EvalCase.Expectation.Clarify c -> answer instanceof Answer.Asked;
            case EvalCase.Expectation.Refuse r -> answer instanceof Answer.Refused || answer instanceof Answer.NotACommand;
            case EvalCase.Expectation.Actions a -> answer instanceof Answer.Planned p
                    && comparable(p.labels(), a.labels()).equals(a.labels());
        };
    }

    /** The plan's labels without an automatic trailing dock after cleaning that the case does not expect. */
    static List<String> comparable(List<String> labels, List<String> expected) {
        List<String> out = new ArrayList<>(labels);
        boolean trailingDock = out.size() >= 2 && out.getLast().equals("dock")
                && out.get(out.size() - 2).startsWith("clean_area:");
        boolean expectsDock = !expected.isEmpty() && expected.getLast().equals("dock");
        if (trailingDock && !expectsDock) {
            out.removeLast();
        }
        return out;
    }
}
