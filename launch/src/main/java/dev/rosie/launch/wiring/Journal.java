package dev.rosie.launch.wiring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rosie.actuation.monitor.EmergencyStop;
import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.world.HistoryEvent;
import dev.rosie.core.world.WorldModel;
import dev.rosie.perception.intake.IntakeResult;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.Verdict;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the robot's event history: every command, proposal, verdict and outcome, as small JSON
 * documents, so the robot can explain itself later. Finished cleaning runs go to the cleaning log.
 */
final class Journal {
    private final WorldModel world;
    private final ObjectMapper json = new ObjectMapper();

    Journal(WorldModel world) {
        this.world = world;
    }

    void rejected(Instant at, Source source, IntakeResult.Rejected r) {
        write(at, "rejected", Optional.empty(), Map.of("source", source.toString(), "reason", r.reason(),
                "text", r.asData().map(d -> d.text()).orElse("")));
    }

    /** Remote text nobody vouched for: kept as data (clipped), with why it was not believed. */
    void untrusted(UntrustedText text, String reason) {
        String kept = text.text().length() > Command.MAX_TEXT ? text.text().substring(0, Command.MAX_TEXT) + "..."
                : text.text();
        write(text.seenAt(), "rejected", Optional.empty(), Map.of("source", text.source().toString(),
                "origin", text.origin(), "reason", reason, "text", kept));
    }

    void estop(Instant at, Optional<EmergencyStop.Engaged> state) {
        write(at, "estop", Optional.empty(), state.<Map<String, ?>>map(e -> Map.of("engaged", true,
                "by", e.by().toString(), "reason", e.reason())).orElse(Map.of("engaged", false)));
    }

    void estopRefusal(Instant at, Command command, Refusal refusal) {
        write(at, "verdict", command.id(), refused(refusal));
    }

    /**
     * The audit record of a refusal: the full reason always; what the one who asked was told, when
     * that was the public reason instead.
     */
    private static Map<String, Object> refused(Refusal refusal) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("decision", "refused");
        detail.put("rule", refusal.rule());
        detail.put("reason", refusal.reason());
        if (!refusal.said().equals(refusal.reason())) {
            detail.put("told", refusal.said());
        }
        return detail;
    }

    void command(Command c) {
        write(c.receivedAt(), "command", c.id(), Map.of("text", c.text(), "source", c.source().toString(),
                "screening", c.screening().flags()));
    }

    void proposal(Instant at, String planner, PlannerResult result) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("planner", planner);
        switch (result) {
            case Plan p -> {
                detail.put("steps", p.labels());
                detail.put("rationale", p.rationale());
            }
            case Refusal r -> {
                detail.put("refused", r.reason());
                detail.put("rule", r.rule());
            }
            case Clarification c -> detail.put("question", c.question());
        }
        write(at, "plan", result.commandId(), detail);
    }

    void verdict(Instant at, Command command, Verdict verdict) {
        // The audit record: who asked, through what, for what, and what the guard decided by which rule.
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("source", command.source().toString());
        detail.put("text", command.text());
        switch (verdict) {
            case ApprovedPlan a -> {
                detail.put("decision", "approved");
                detail.put("policy", a.policy());
                detail.put("steps", a.plan().labels());
                detail.put("removed", a.removed().stream().map(r -> r.step().label() + " (" + r.rule() + ")").toList());
            }
            case Verdict.Refused r -> detail.putAll(refused(r.refusal()));
            case Verdict.ConfirmationNeeded c -> {
                detail.put("decision", "confirmation-needed");
                detail.put("rule", c.rule());
                detail.put("question", c.question());
                detail.put("steps", c.plan().labels());
                detail.put("expires_at", c.expiresAt().toString());
            }
        }
        write(at, "verdict", command.id(), detail);
    }

    void execution(ExecutionEvent event) {
        switch (event) {
            case ExecutionEvent.CleaningFinished f -> world.recordCleaning(f.run());
            case ExecutionEvent.StepFailed f -> write(f.at(), "step-failed", f.commandId(), Map.of("step", f.index(),
                    "action", f.action().label(), "reason", f.reason().name(), "detail", f.detail()));
            case ExecutionEvent.PlanFinished f -> write(f.at(), "outcome", f.commandId(),
                    Map.of("succeeded", f.succeeded()));
            case ExecutionEvent.Said s -> write(s.at(), "said", s.commandId(), Map.of("text", s.text()));
            case ExecutionEvent.PlanStarted p -> { }
            case ExecutionEvent.StepStarted s -> { }
            case ExecutionEvent.StepProgress p -> { }
            case ExecutionEvent.StepDone d -> { }
        }
    }

    private void write(Instant at, String kind, dev.rosie.core.command.CommandId id, Map<String, ?> detail) {
        write(at, kind, Optional.of(id), detail);
    }

    private void write(Instant at, String kind, Optional<dev.rosie.core.command.CommandId> id, Map<String, ?> detail) {
        try {
            world.recordEvent(new HistoryEvent(at, kind, id, json.writeValueAsString(detail)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
