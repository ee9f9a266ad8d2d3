package dev.rosie.planner.rules;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Planner;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.command.Command;
import dev.rosie.core.world.WorldSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a command into clauses ("... then ...") and maps each clause to actions with a fixed
 * table of verb patterns, resolving names against the world model's vocabulary. Anything it does
 * not understand becomes a clarifying question, never a guess.
 */
public final class RuleBasedPlanner implements Planner {
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "\\s*(?:,\\s*)?(?:\\band then\\b|\\bthen\\b|\\band after that\\b|\\bafter that\\b|;)\\s*");

    @Override
    public String name() {
        return "rule-based";
    }

    @Override
    public PlannerResult plan(Command command, WorldSnapshot world) {
        String text = TextForms.simplify(command.text());
        Vocabulary vocabulary = new Vocabulary(world.map());
        ClauseRules rules = new ClauseRules(vocabulary);
        List<Action> steps = new ArrayList<>();
        List<String> understood = new ArrayList<>();
        for (String clause : CLAUSE_BREAK.split(text)) {
            if (clause.isBlank()) {
                continue;
            }
            ClauseRules.Match match = rules.match(clause);
            switch (match) {
                case ClauseRules.Match.Actions a -> {
                    steps.addAll(a.actions());
                    understood.add(a.summary());
                }
                case ClauseRules.Match.Unclear u -> {
                    return new Clarification(command.id(), u.question());
                }
            }
        }
        if (steps.isEmpty()) {
            return new Clarification(command.id(), "What would you like me to do? I can clean a room, go somewhere, or dock.");
        }
        boolean cleans = steps.stream().anyMatch(s -> s instanceof Action.CleanArea);
        boolean endsParked = steps.getLast() instanceof Action.Dock || steps.getLast() instanceof Action.Stop;
        if (cleans && !endsParked) {
            // A vacuum goes back to charge after cleaning unless told otherwise.
            steps.add(new Action.Dock());
            understood.add("return to the dock");
        }
        if (steps.size() > Plan.MAX_STEPS) {
            return new Clarification(command.id(), "That is more than " + Plan.MAX_STEPS + " things at once; could you split it up?");
        }
        return new Plan(command.id(), steps, "rule-based: " + String.join(", then ", understood));
    }
}
