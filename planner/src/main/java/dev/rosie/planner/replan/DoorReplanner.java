package dev.rosie.planner.replan;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Planner;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.action.Target;
import dev.rosie.core.command.Command;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.WorldSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a deterministic planner proposes after a failure. A step that could not reach its place
 * ({@code unreachable} or {@code blocked}) while a closed interior door leads into the place's room
 * gets that door opened first, then the plan resumes at the failed step; a door this plan already
 * tried to open is not tried again. An unknown target becomes a question; anything else (e-stop,
 * interruption, timeout, a failed grip) is a refusal that says what happened.
 */
public final class DoorReplanner {
    public static final String BLOCKED_RULE = "replan-blocked";
    public static final String FAILED_RULE = "replan-failed";

    private DoorReplanner() {
    }

    public static PlannerResult replan(Command command, WorldSnapshot world, Plan failedPlan, ExecutionEvent failure) {
        if (!(failure instanceof ExecutionEvent.StepFailed f) || f.index() < 0 || f.index() >= failedPlan.steps().size()) {
            return new Refusal(command.id(), "I could not finish that, and I don't know what went wrong.", FAILED_RULE);
        }
        String what = f.action().label().replace('_', ' ');
        return switch (f.reason()) {
            case UNREACHABLE, BLOCKED -> aroundClosedDoor(command, world.map(), failedPlan, f)
                    .or(() -> throughOpenedDoor(command, world.map(), failedPlan, f))
                    .<PlannerResult>map(p -> p)
                    .orElseGet(() -> new Refusal(command.id(), "I couldn't do " + what + ": " + f.detail()
                            + ". No closed door I may open is in the way, so I stopped.", BLOCKED_RULE));
            case UNKNOWN_TARGET -> new Clarification(command.id(), "I couldn't find " + f.action().subject().orElse("that")
                    + " (" + f.detail() + "). Where is it?");
            case EMERGENCY_STOP, INTERRUPTED -> new Refusal(command.id(), "I stopped " + what + " ("
                    + f.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ") and won't start again by myself.",
                    Planner.NO_REPLAN_RULE);
            case TIMEOUT, MISSING_CAPABILITY, MANIPULATION_FAILED -> new Refusal(command.id(), "I couldn't do " + what + ": "
                    + f.detail() + ".", FAILED_RULE);
        };
    }

    private static Optional<Plan> aroundClosedDoor(Command command, HomeMap map, Plan failedPlan, ExecutionEvent.StepFailed f) {
        Optional<String> room = roomOf(f.action(), map);
        if (room.isEmpty()) {
            return Optional.empty();
        }
        List<String> alreadyTried = failedPlan.steps().stream()
                .filter(s -> s instanceof Action.OpenDoor).map(s -> ((Action.OpenDoor) s).door()).toList();
        List<Door> doors = map.doors().stream()
                .filter(d -> !d.open() && !d.exterior() && d.connects().contains(room.get()))
                .filter(d -> !alreadyTried.contains(d.name()))
                .toList();
        if (doors.isEmpty()) {
            return Optional.empty();
        }
        List<Action> steps = new ArrayList<>();
        doors.forEach(d -> steps.add(new Action.OpenDoor(d.name())));
        steps.addAll(failedPlan.steps().subList(f.index(), failedPlan.steps().size()));
        if (steps.size() > Plan.MAX_STEPS) {
            return Optional.empty();
        }
        return Optional.of(new Plan(command.id(), steps, "the way into the " + room.get() + " was shut: open the "
                + String.join(" and the ", doors.stream().map(Door::name).toList()) + " first, then carry on"));
    }

    /**
     * The plan opened a door into the step's room before the step failed, and the door is open now:
     * the way was planned before it opened, so the rest of the plan is tried once more as it is.
     */
    private static Optional<Plan> throughOpenedDoor(Command command, HomeMap map, Plan failedPlan,
            ExecutionEvent.StepFailed f) {
        Optional<String> room = roomOf(f.action(), map);
        if (room.isEmpty()) {
            return Optional.empty();
        }
        Optional<Door> opened = failedPlan.steps().subList(0, f.index()).stream()
                .filter(s -> s instanceof Action.OpenDoor).map(s -> ((Action.OpenDoor) s).door())
                .flatMap(d -> map.door(d).stream())
                .filter(d -> d.open() && d.connects().contains(room.get()))
                .findFirst();
        return opened.map(d -> new Plan(command.id(), failedPlan.steps().subList(f.index(), failedPlan.steps().size()),
                "the " + d.name() + " is open now: carry on"));
    }

    /** The room a step has to get into, if the map can tell. */
    static Optional<String> roomOf(Action action, HomeMap map) {
        return switch (action) {
            case Action.CleanArea c -> Optional.of(c.room());
            case Action.NavigateTo n -> n.target() instanceof Target.Named named ? placeRoom(named.name(), map)
                    : map.roomAt(new dev.rosie.core.world.Point(((Target.Coordinates) n.target()).x(),
                            ((Target.Coordinates) n.target()).y())).map(r -> r.name());
            case Action.PickUp p -> placeRoom(p.object(), map);
            case Action.Place p -> placeRoom(p.location(), map);
            case Action.Inspect i -> placeRoom(i.target(), map);
            case Action.OpenDoor o -> Optional.empty();
            case Action.CloseDoor c -> Optional.empty();
            case Action.Dock d -> map.roomAt(map.dock().position()).map(r -> r.name());
            case Action.Stop s -> Optional.empty();
            case Action.Wait w -> Optional.empty();
            case Action.Say s -> Optional.empty();
        };
    }

    private static Optional<String> placeRoom(String name, HomeMap map) {
        if (map.room(name).isPresent()) {
            return Optional.of(map.room(name).get().name());
        }
        return map.object(name).map(WorldObject::room)
                .or(() -> map.locate(name).flatMap(map::roomAt).map(r -> r.name()));
    }
}
