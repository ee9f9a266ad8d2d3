package dev.rosie.launch.mission;

import dev.rosie.launch.wiring.Turn;
import dev.rosie.sim.RoomDirt;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Checks a finished run against its mission's expectations, each with what was actually measured. */
public final class ExpectationCheck {

    /** One expectation's verdict. */
    public record Result(Expectation expectation, boolean passed, String actual) {
        public Result {
            Objects.requireNonNull(expectation, "expectation");
            Objects.requireNonNull(actual, "actual");
        }
    }

    private ExpectationCheck() {
    }

    public static List<Result> check(MissionResult r) {
        List<Result> out = new java.util.ArrayList<>();
        if (r.timedOut()) {
            out.add(new Result(new Expectation.Outcomes(List.of()), false, "the mission hit its time limit of "
                    + Durations.format(r.mission().limit()) + " before it was done"));
        }
        for (Expectation e : r.mission().expectations()) {
            out.add(check(e, r));
        }
        return out;
    }

    static Result check(Expectation e, MissionResult r) {
        return switch (e) {
            case Expectation.Coverage c -> {
                RoomDirt d = r.dirt().get(c.room());
                double got = d == null ? 0 : d.coverage();
                yield new Result(e, got + 1e-9 >= c.fraction(), pct(got) + " covered (" + (d == null ? 0 : d.coveredCells())
                        + " of " + (d == null ? 0 : d.cleanableCells()) + " cells)");
            }
            case Expectation.UnsafeEvents u -> {
                List<String> kinds = r.unsafe().stream().map(x -> x.kind().wireName())
                        .filter(k -> u.kinds().isEmpty() || u.kinds().contains(k)).toList();
                java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
                kinds.forEach(k -> byKind.merge(k, 1L, Long::sum));
                yield new Result(e, kinds.size() <= u.max(), kinds.size() + (kinds.isEmpty() ? "" : " " + byKind));
            }
            case Expectation.Refusal ref -> {
                List<String> rules = r.steps().stream().map(StepRecord::turn).filter(t -> t instanceof Turn.Refused)
                        .map(t -> ((Turn.Refused) t).refusal().rule()).toList();
                yield new Result(e, rules.contains(ref.rule()), rules.isEmpty() ? "no refusals" : "refusals: " + rules);
            }
            case Expectation.LogEntry l -> {
                List<String> entries = r.log().stream().map(run -> run.room() + " " + run.outcome().wireName()).toList();
                boolean found = r.log().stream().anyMatch(run -> run.room().equals(l.room()) && run.outcome() == l.outcome());
                yield new Result(e, found, entries.isEmpty() ? "the cleaning log is empty" : "log: " + entries);
            }
            case Expectation.Docked d -> new Result(e, r.docked() == d.docked(), r.docked() ? "docked" : "not docked");
            case Expectation.BatteryAbove b -> new Result(e, r.batteryEnd() > b.fraction(), pct(r.batteryEnd()));
            case Expectation.Never n -> {
                List<String> started = r.steps().stream().flatMap(s -> MissionRunner.started(s.turn()).stream())
                        .filter(label -> n.actions().stream().anyMatch(a -> label.equals(a.wireName())
                                || label.startsWith(a.wireName() + ":"))).toList();
                yield new Result(e, started.isEmpty(), started.isEmpty() ? "none started" : "started " + started);
            }
            case Expectation.DoorsClosed d -> {
                List<String> open = d.doors().stream().filter(x -> r.doorsOpen().getOrDefault(x, false)).toList();
                yield new Result(e, open.isEmpty(), open.isEmpty() ? "all closed" : "open: " + open);
            }
            case Expectation.EstopHeld h -> {
                var stops = r.trace().stops();
                boolean ok = !stops.isEmpty() && stops.stream().allMatch(s -> s.zeroAfterTicks >= 0
                        && s.zeroAfterTicks <= h.withinTicks() && s.movedAtRestMetres <= h.maxMetres() + 1e-9);
                String actual = stops.isEmpty() ? "no e-stop happened" : String.join("; ", stops.stream().map(s ->
                        String.format(Locale.ROOT, "wheels commanded to zero after %d tick(s), at rest after %d tick(s)"
                                + " (%.3f m braking), %.3f m moved at rest while engaged", s.zeroAfterTicks, s.restAfterTicks,
                                s.brakingMetres, s.movedAtRestMetres)).toList());
                yield new Result(e, ok, actual);
            }
            case Expectation.Outcomes o -> {
                List<String> got = r.steps().stream().map(s -> outcome(s.turn())).toList();
                yield new Result(e, got.equals(o.outcomes()), "outcomes " + got);
            }
        };
    }

    static String outcome(Turn t) {
        return switch (t) {
            case Turn.NotACommand n -> "not_a_command";
            case Turn.Clarified c -> "clarify";
            case Turn.Refused r -> "refused";
            case Turn.Executed x -> x.succeeded() ? "done" : "failed";
        };
    }

    private static String pct(double f) {
        return String.format(Locale.ROOT, "%.1f%%", f * 100);
    }
}
