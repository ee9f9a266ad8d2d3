package dev.rosie.webots;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Source;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.world.HistoryEvent;
import dev.rosie.core.world.WorldModel;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.Verdict;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The robot's event history on Webots, in the same kinds the launcher's journal writes
 * ({@code command}, {@code plan}, {@code verdict}, {@code step-failed}, {@code outcome},
 * {@code said}, {@code rejected}) so the world model reads the same whichever body ran; finished
 * cleaning runs go to the cleaning log, which is what makes a repeated request meet the cooldown.
 */
final class History {
    private final WorldModel world;
    private final ObjectMapper json = new ObjectMapper();

    History(WorldModel world) {
        this.world = world;
    }

    void rejected(Instant at, Source source, String reason) {
        write(at, "rejected", Optional.empty(), Map.of("source", source.toString(), "reason", reason));
    }

    void command(Command c) {
        write(c.receivedAt(), "command", Optional.of(c.id()), Map.of("text", c.text(), "source", c.source().toString(),
                "body", "webots"));
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
        write(at, "plan", Optional.of(result.commandId()), detail);
    }

    void verdict(Instant at, Command command, Verdict verdict) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("source", command.source().toString());
        detail.put("text", command.text());
        switch (verdict) {
            case ApprovedPlan a -> {
                detail.put("decision", "approved");
                detail.put("policy", a.policy());
                detail.put("steps", a.plan().labels());
            }
            case Verdict.Refused r -> {
                detail.put("decision", "refused");
                detail.put("rule", r.refusal().rule());
                detail.put("reason", r.refusal().reason());
            }
            case Verdict.ConfirmationNeeded c -> {
                detail.put("decision", "confirmation-needed");
                detail.put("rule", c.rule());
                detail.put("question", c.question());
                detail.put("steps", c.plan().labels());
            }
        }
        write(at, "verdict", Optional.of(command.id()), detail);
    }

    void execution(ExecutionEvent event) {
        switch (event) {
            case ExecutionEvent.CleaningFinished f -> world.recordCleaning(f.run());
            case ExecutionEvent.StepFailed f -> write(f.at(), "step-failed", Optional.of(f.commandId()), Map.of("step",
                    f.index(), "action", f.action().label(), "reason", f.reason().name(), "detail", f.detail()));
            case ExecutionEvent.PlanFinished f -> write(f.at(), "outcome", Optional.of(f.commandId()),
                    Map.of("succeeded", f.succeeded(), "body", "webots"));
            case ExecutionEvent.Said s -> write(s.at(), "said", Optional.of(s.commandId()), Map.of("text", s.text()));
            case ExecutionEvent.PlanStarted p -> { }
            case ExecutionEvent.StepStarted s -> { }
            case ExecutionEvent.StepProgress p -> { }
            case ExecutionEvent.StepDone d -> { }
        }
    }

    private void write(Instant at, String kind, Optional<CommandId> id, Map<String, ?> detail) {
        try {
            world.recordEvent(new HistoryEvent(at, kind, id, json.writeValueAsString(detail)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
