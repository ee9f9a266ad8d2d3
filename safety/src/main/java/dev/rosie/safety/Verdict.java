package dev.rosie.safety;

import dev.rosie.core.action.Refusal;
import java.util.Objects;

/** The guard's answer for one plan: approved (runnable) or refused (with the rule that decided). */
public sealed interface Verdict permits ApprovedPlan, Verdict.Refused {

    record Refused(Refusal refusal) implements Verdict {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
