package dev.rosie.planner.llm;

import dev.rosie.core.action.PlannerResult;
import java.util.Objects;

/** What {@link PlanParser} made of a model's text: a planner answer, or the first thing wrong with it. */
public sealed interface ParseOutcome {

    record Parsed(PlannerResult result) implements ParseOutcome {
        public Parsed {
            Objects.requireNonNull(result, "result");
        }
    }

    record Invalid(PlanError error) implements ParseOutcome {
        public Invalid {
            Objects.requireNonNull(error, "error");
        }
    }
}
