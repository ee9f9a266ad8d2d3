package dev.rosie.safety;

import dev.rosie.core.action.Action;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.core.world.Point;
import dev.rosie.core.world.Sighting;
import dev.rosie.safety.StepRule.Context;
import dev.rosie.safety.StepRule.Objection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules about where a step came from and whom it would reach: a step must be justified by the
 * trusted command, not by text the robot read, and the robot is never sent onto a person or pet.
 */
final class ProvenanceRules {
    static final String UNTRUSTED_INSTRUCTION = "untrusted-instruction";
    static final String KEEP_OUT = "keep-out";

    /** Untrusted text that reads like an order: an imperative verb or an injection marker. */
    private static final Pattern IMPERATIVE = Pattern.compile("\\b(go|drive|move|head|come|clean|vacuum|open|close|unlock"
            + "|lock|pick|grab|take|bring|fetch|carry|put|place|drop|push|say|tell|inspect|look|dock|return|ignore|disregard"
            + "|forget|override|disable|follow|obey|let|enter|leave|stop|wait)\\b");

    /** Words by which someone asks for each kind of step, for steps that name nothing (dock, stop, wait). */
    private static final java.util.Map<dev.rosie.core.action.ActionType, Pattern> ASKED_BY = java.util.Map.of(
            dev.rosie.core.action.ActionType.DOCK, Pattern.compile("\\b(dock|docking|home|base|charge|charger|charging|recharge)\\b"),
            dev.rosie.core.action.ActionType.STOP, Pattern.compile("\\b(stop|halt|freeze|abort|quit|enough|cancel)\\b"),
            dev.rosie.core.action.ActionType.WAIT, Pattern.compile("\\b(wait|pause|hold|stay|moment|minute|second|seconds|minutes)\\b"),
            dev.rosie.core.action.ActionType.NAVIGATE_TO, Pattern.compile("\\b(go|drive|move|head|come|visit|travel|roll|get|return"
                    + "|back|over|into|to)\\b"));

    private ProvenanceRules() {
    }

    /**
     * Refuses a step whose subject appears in an instruction-like untrusted text (a sign, a note, an
     * unsigned message) but nowhere in the trusted command: that step was put there by the text, not
     * by anyone allowed to ask for it. Descriptive notes ("the vase is fragile") are not orders.
     */
    static Optional<Objection> untrustedInstruction(Context c, Action step) {
        List<String> subjects = subjects(step);
        String asked = " " + normal(c.command().text()) + " ";
        Pattern kind = ASKED_BY.get(step.type());
        for (UntrustedText t : c.world().notes()) {
            String text = " " + normal(t.text()) + " ";
            if (!IMPERATIVE.matcher(text).find()) {
                continue;
            }
            // A step that names nothing (dock, stop, wait), or a drive to a place the command only
            // mentions for another purpose: justified only if the command asks for that kind of step.
            boolean kindOnlyInText = kind != null && kind.matcher(text).find() && !kind.matcher(asked).find();
            boolean subjectInText = subjects.isEmpty() || subjects.stream().anyMatch(s -> text.contains(" " + normal(s) + " "));
            if (kindOnlyInText && subjectInText) {
                return Optional.of(fromText(step, t));
            }
            for (String subject : subjects) {
                String s = " " + normal(subject) + " ";
                if (text.contains(s) && !asked.contains(s)) {
                    return Optional.of(fromText(step, t));
                }
            }
        }
        return Optional.empty();
    }

    /** Refuses sending the robot to within the keep-out distance of someone recently seen there. */
    static Optional<Objection> keepOut(Context c, Action step) {
        if (step instanceof Action.Dock) {
            return Optional.empty();
        }
        // Rooms, doors and the dock are areas: the executor picks a free spot there away from people.
        // A point or an object is a precise spot, and someone may be standing on it.
        Optional<Point> where = switch (step) {
            case Action.NavigateTo n when n.target() instanceof dev.rosie.core.action.Target.Coordinates
                    || c.world().map().object(n.target().describe()).isPresent() -> HouseRules.destination(c.world().map(), step);
            case Action.Place p when c.world().map().object(p.location()).isPresent() -> HouseRules.destination(c.world().map(), step);
            default -> Optional.empty();
        };
        if (where.isEmpty()) {
            return Optional.empty();
        }
        double keepOut = c.policy().limits().keepOutMetres();
        for (Sighting s : c.world().sightings()) {
            if (s.fresh(c.now(), c.policy().sightingMaxAge()) && s.position().distanceTo(where.get()) < keepOut) {
                // Naming who is standing where tells an outsider where the household is.
                return Optional.of(new Objection(KEEP_OUT, RefusalWording.detailed("I won't drive onto " + s.name() + " ("
                        + s.kind().wireName() + "); I keep at least " + keepOut + " m away from people and pets.",
                        "I won't go there: I keep a safe distance from people and pets.")));
            }
        }
        return Optional.empty();
    }

    /**
     * The objection to a step that text asked for. Where the text was (a note's place, a sign's
     * camera) and what the step names are the household's; outsiders hear only that it was refused.
     */
    private static Objection fromText(Action step, UntrustedText t) {
        return new Objection(UNTRUSTED_INSTRUCTION, RefusalWording.detailed("The step '" + step.label()
                + "' comes from text I read (" + t.source().channel().wireName() + ": " + t.origin()
                + "), not from you. I only take instructions from people I trust.",
                "Part of that came from text I read, not from you. I only take instructions from people I trust."));
    }

    private static List<String> subjects(Action step) {
        return switch (step) {
            case Action.Place p -> List.of(p.object(), p.location());
            case Action.Say s -> List.of(s.text());
            default -> step.subject().map(List::of).orElse(List.of());
        };
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ").trim();
    }
}
