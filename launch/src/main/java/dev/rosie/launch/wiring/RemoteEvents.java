package dev.rosie.launch.wiring;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.remote.robot.RemoteCommand;
import dev.rosie.remote.robot.RobotPublisher;
import dev.rosie.safety.ApprovedPlan;
import dev.rosie.safety.Verdict;
import dev.rosie.remote.auth.RemoteKey;
import java.util.Locale;
import java.util.function.Function;
import java.util.Optional;

/**
 * Publishes a turn as it happens on {@code rosie/{robot}/events} (command, plan, verdict, steps,
 * cleaning runs, outcome) and what the robot says on {@code rosie/{robot}/reply}. Every event
 * carries the {@code ref} of the remote request it belongs to. Refusals go out with their rule and
 * public reason only ({@link RobotPublisher#putRefusal}): anyone on the broker reads these topics.
 * Runs on the control thread.
 */
final class RemoteEvents implements TurnListener {
    private final RobotPublisher publisher;
    /** The registry's key by id: a refusal's full reason is sealed for the key that signed the request. */
    private final Function<String, Optional<RemoteKey>> keys;
    private String ref;
    private String commandId;

    RemoteEvents(RobotPublisher publisher) {
        this(publisher, id -> Optional.empty());
    }

    RemoteEvents(RobotPublisher publisher, Function<String, Optional<RemoteKey>> keys) {
        this.publisher = publisher;
        this.keys = keys;
    }

    /** From now on, events belong to the request {@code ref} (null: to none). */
    void follow(String newRef) {
        this.ref = newRef;
        this.commandId = null;
    }

    @Override
    public void accepted(Command c) {
        commandId = c.id().value();
        ObjectNode e = event("command");
        e.put("text", c.text());
        ObjectNode source = e.putObject("source");
        source.put("channel", c.source().channel().wireName());
        source.put("principal", c.source().principal());
        source.put("trust", c.source().trust().wireName());
        ArrayNode flags = e.putArray("screening");
        c.screening().flags().forEach(flags::add);
        publisher.event(e);
    }

    @Override
    public void proposed(String planner, PlannerResult proposal) {
        ObjectNode e = event("plan");
        e.put("planner", planner);
        switch (proposal) {
            case Plan p -> {
                ArrayNode steps = e.putArray("steps");
                p.labels().forEach(steps::add);
            }
            case Refusal r -> RobotPublisher.putRefusal(e, "refused", r);
            case Clarification c -> e.put("question", c.question());
        }
        publisher.event(e);
    }

    @Override
    public void judged(Verdict verdict) {
        ObjectNode e = event("verdict");
        switch (verdict) {
            case ApprovedPlan a -> {
                e.put("decision", "approved");
                e.put("policy", a.policy());
            }
            case Verdict.Refused r -> {
                e.put("decision", "refused");
                RobotPublisher.putRefusal(e, "reason", r.refusal());
            }
            case Verdict.ConfirmationNeeded c -> {
                e.put("decision", "confirmation-needed");
                e.put("rule", c.rule());
                e.put("question", c.question());
            }
        }
        publisher.event(e);
    }

    @Override
    public void on(ExecutionEvent event) {
        switch (event) {
            case ExecutionEvent.StepStarted s -> step(s.index(), s.action().label(), "started").ifPresent(publisher::event);
            case ExecutionEvent.StepDone d -> step(d.index(), d.action().label(), "done").ifPresent(publisher::event);
            case ExecutionEvent.StepFailed f -> step(f.index(), f.action().label(), "failed").ifPresent(e -> {
                e.put("reason", f.reason().name().toLowerCase(Locale.ROOT));
                e.put("detail", f.detail());
                publisher.event(e);
            });
            case ExecutionEvent.Said s -> publisher.reply(ref, s.commandId().value(), s.text());
            case ExecutionEvent.CleaningFinished c -> {
                ObjectNode e = event("cleaning");
                e.put("room", c.run().room());
                e.put("outcome", c.run().outcome().wireName());
                e.put("cells", c.run().cells().size());
                e.put("floor_cells", c.floorCells());
                e.put("coverage", Math.round(c.coverage() * 1000) / 1000.0);
                publisher.event(e);
            }
            case ExecutionEvent.PlanStarted p -> { }
            case ExecutionEvent.StepProgress p -> { }
            case ExecutionEvent.PlanFinished f -> { }
        }
    }

    private Optional<ObjectNode> step(int index, String action, String state) {
        ObjectNode e = event("step");
        e.put("index", index);
        e.put("action", action);
        e.put("state", state);
        return Optional.of(e);
    }

    /**
     * The last event of a request: how its turn ended. {@code result} is {@code succeeded},
     * {@code failed}, {@code stopped} (by the e-stop), {@code interrupted} (the robot shut down; it
     * runs again after a restart), {@code refused}, {@code clarification} or {@code rejected}.
     */
    void outcome(RemoteCommand request, Turn turn, String stoppedBy, boolean shuttingDown) {
        ObjectNode e = event("outcome");
        e.put("ref", request.ref());
        String say = null;
        Refusal refused = null;
        switch (turn) {
            case Turn.NotACommand n -> {
                e.put("result", "rejected");
                e.put("detail", n.reason());
                say = "I can't act on that: " + n.reason() + ".";
            }
            case Turn.Clarified c -> {
                e.put("command_id", c.command().id().value());
                e.put("result", "clarification");
                e.put("detail", c.question().question());
                say = c.question().question();
            }
            case Turn.Refused r -> {
                e.put("command_id", r.command().id().value());
                e.put("result", "refused");
                e.put("by", r.by());
                RobotPublisher.putRefusal(e, "detail", r.refusal());
                refused = r.refusal();
            }
            case Turn.Executed x -> {
                e.put("command_id", x.command().id().value());
                String result = x.succeeded() ? "succeeded" : stoppedBy != null ? "stopped"
                        : shuttingDown ? "interrupted" : "failed";
                e.put("result", result);
                e.put("detail", switch (result) {
                    case "succeeded" -> "done: " + String.join(" -> ", x.plan().labels());
                    case "stopped" -> "emergency stop engaged by " + stoppedBy;
                    case "interrupted" -> "the robot shut down; the command runs again when it restarts";
                    default -> failure(x);
                });
                e.put("sim_seconds", x.simulated().toMillis() / 1000.0);
                e.put("distance_m", Math.round(x.distance() * 100) / 100.0);
            }
        }
        publisher.event(e);
        String commandId = e.path("command_id").isTextual() ? e.get("command_id").asText() : null;
        if (refused != null) {
            publisher.reply(request.ref(), commandId, refused, keys.apply(request.keyId()));
        } else if (say != null) {
            publisher.reply(request.ref(), commandId, say);
        }
    }

    private static String failure(Turn.Executed x) {
        return x.events().stream().filter(ev -> ev instanceof ExecutionEvent.StepFailed).map(ev -> {
            ExecutionEvent.StepFailed f = (ExecutionEvent.StepFailed) ev;
            return f.action().label() + " failed (" + f.reason().name().toLowerCase(Locale.ROOT) + "): " + f.detail();
        }).reduce((a, b) -> b).orElse("the plan did not complete");
    }

    private ObjectNode event(String type) {
        ObjectNode e = publisher.newEvent(type);
        if (ref == null) {
            e.putNull("ref");
        } else {
            e.put("ref", ref);
        }
        if (commandId == null) {
            e.putNull("command_id");
        } else {
            e.put("command_id", commandId);
        }
        return e;
    }
}
