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
    private static final String VERBS = "go|drive|move|head|come|clean|vacuum|hoover|sweep|tidy|dock|return|stop"
            + "|halt|wait|say|pick|grab|take|fetch|get|put|place|drop|bring|carry|open|close|shut|look|check|inspect";
    /** "then", "after that", ";", and an "and" or comma that starts a new verb phrase. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "\\s*(?:,\\s*)?(?:\\band then\\b|\\bthen\\b|\\band after that\\b|\\bafter that\\b|;)\\s*"
                    + "|\\s*(?:,\\s*and|,|\\band)\\s+(?=(?:" + VERBS + ")\\b)");
    private static final Pattern IT = Pattern.compile("\\b(?:it|that|them)\\b");

    @Override
    public String name() {
        return "rule-based";
    }

    @Override
    public PlannerResult replan(Command command, WorldSnapshot world, Plan failedPlan,
            dev.rosie.core.execution.ExecutionEvent failure) {
        return dev.rosie.planner.replan.DoorReplanner.replan(command, world, failedPlan, failure);
    }

    @Override
    public PlannerResult plan(Command command, WorldSnapshot world) {
        String text = TextForms.simplify(command.text());
        Vocabulary vocabulary = new Vocabulary(world.map());
        ClauseRules rules = new ClauseRules(vocabulary);
        List<Action> steps = new ArrayList<>();
        List<String> understood = new ArrayList<>();
        String lastObject = null;
        for (String raw : CLAUSE_BREAK.split(text)) {
            if (raw.isBlank()) {
                continue;
            }
            // "pick up the sock and put it in the basket": "it" is the last object named.
            String clause = lastObject == null ? raw : IT.matcher(raw).replaceAll("the " + lastObject);
            ClauseRules.Match match = rules.match(clause);
            switch (match) {
                case ClauseRules.Match.Actions a -> {
                    for (Action act : a.actions()) {
                        // "pick up X and put it ..." would otherwise pick X up twice.
                        if (!(act instanceof Action.PickUp && !steps.isEmpty() && steps.getLast().equals(act))) {
                            steps.add(act);
                        }
                    }
                    understood.add(a.summary());
                    for (Action act : a.actions()) {
                        if (act instanceof Action.PickUp p) {
                            lastObject = p.object();
                        }
                    }
                }
                case ClauseRules.Match.Unclear u -> {
                    return new Clarification(command.id(), u.question());
                }
            }
        }
        if (steps.isEmpty()) {
            return new Clarification(command.id(), "What would you like me to do? I can clean a room, go somewhere, or dock.");
        }
        if (steps.getLast() instanceof Action.CleanArea) {
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
