package dev.rosie.planner.eval;

import dev.rosie.core.action.Planner;
import dev.rosie.core.command.Source;
import dev.rosie.core.world.WorldSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs every case of an evaluation set through a planner against one world snapshot, as the given
 * principal would have said it on the command line, and scores the answers (see {@link CaseResult}
 * for the rule). Planning time per case is recorded for the latency benchmark.
 */
public final class PlannerEvaluation {
    /** Who the cases are attributed to; only their trust matters to the planner. */
    static final String PRINCIPAL = "eval";

    private final Planner planner;
    private final WorldSnapshot world;
    private final Intake intake;

    public PlannerEvaluation(Planner planner, WorldSnapshot world, Intake intake) {
        this.planner = Objects.requireNonNull(planner, "planner");
        this.world = Objects.requireNonNull(world, "world");
        this.intake = Objects.requireNonNull(intake, "intake");
    }

    public EvalReport run(String casesSource, List<EvalCase> cases) {
        List<CaseResult> results = new ArrayList<>(cases.size());
        for (EvalCase c : cases) {
            results.add(run(c));
        }
        return new EvalReport(planner.name(), casesSource, results);
    }

    public CaseResult run(EvalCase c) {
        CaseResult.Answer answer;
        long took = 0;
        switch (intake.admit(c.text(), Source.cli(PRINCIPAL, c.trust()))) {
            case Intake.Admission.Rejected r -> answer = new CaseResult.Answer.NotACommand(r.reason());
            case Intake.Admission.Accepted a -> {
                long start = System.nanoTime();
                var result = planner.plan(a.command(), world);
                took = System.nanoTime() - start;
                answer = CaseResult.answerOf(result);
            }
        }
        return new CaseResult(c, answer, CaseResult.scores(c.expected(), answer), took);
    }
}
