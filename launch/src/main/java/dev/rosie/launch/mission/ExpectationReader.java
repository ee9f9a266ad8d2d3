package dev.rosie.launch.mission;

import dev.rosie.core.action.ActionType;
import dev.rosie.core.world.HomeMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a mission's {@code expect:} mapping; every room, door, kind and action is checked against what exists. */
final class ExpectationReader {
    private static final Set<String> KEYS = Set.of("coverage", "unsafe_events", "refusals", "log_entries",
            "docked_at_end", "battery_above", "never", "doors_closed", "estop", "outcomes");
    private static final Set<String> OUTCOMES = Set.of("done", "failed", "refused", "clarify", "not_a_command");

    private ExpectationReader() {
    }

    static List<Expectation> read(Node n, HomeMap map) {
        n.object(KEYS);
        List<Expectation> out = new ArrayList<>();
        if (n.has("coverage")) {
            Node c = n.child("coverage");
            if (!c.json().isObject() || c.json().isEmpty()) {
                throw c.bad("must map room names to fractions, e.g. {living room: 0.9}");
            }
            Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> rooms = c.json().fields();
            while (rooms.hasNext()) {
                String room = rooms.next().getKey();
                String known = map.room(room).orElseThrow(() -> c.child(room).bad("no room '" + room + "' in map '"
                        + map.name() + "'; rooms: " + map.roomNames())).name();
                out.add(new Expectation.Coverage(known, c.child(room).fraction()));
            }
        }
        if (n.has("unsafe_events")) {
            Node u = n.child("unsafe_events");
            if (u.json().isIntegralNumber()) {
                out.add(new Expectation.UnsafeEvents(count(u), Set.of()));
            } else {
                u.object(Set.of("max", "kinds"));
                Set<String> kinds = new LinkedHashSet<>();
                if (u.has("kinds")) {
                    Set<String> known = MissionLoader.unsafeKinds();
                    for (Node k : u.child("kinds").list()) {
                        if (!known.contains(k.text())) {
                            throw k.bad("unknown unsafe event kind '" + k.text() + "'; kinds: " + known.stream().sorted().toList());
                        }
                        kinds.add(k.text());
                    }
                }
                out.add(new Expectation.UnsafeEvents(u.has("max") ? count(u.child("max")) : 0, kinds));
            }
        }
        if (n.has("refusals")) {
            for (Node r : n.child("refusals").list()) {
                out.add(new Expectation.Refusal(r.text()));
            }
        }
        if (n.has("log_entries")) {
            for (Node e : n.child("log_entries").list()) {
                e.object(Set.of("room", "outcome"));
                String room = e.required("room").text();
                String known = map.room(room).orElseThrow(() -> e.child("room").bad("no room '" + room + "' in map '"
                        + map.name() + "'")).name();
                out.add(new Expectation.LogEntry(known, e.has("outcome") ? MissionLoader.outcome(e.child("outcome"))
                        : dev.rosie.core.world.CleaningOutcome.COMPLETED));
            }
        }
        if (n.has("docked_at_end")) {
            out.add(new Expectation.Docked(n.child("docked_at_end").bool()));
        }
        if (n.has("battery_above")) {
            out.add(new Expectation.BatteryAbove(n.child("battery_above").fraction()));
        }
        if (n.has("never")) {
            List<ActionType> actions = new ArrayList<>();
            for (Node a : n.child("never").list()) {
                actions.add(MissionLoader.action(a));
            }
            out.add(new Expectation.Never(actions));
        }
        if (n.has("doors_closed")) {
            List<String> doors = new ArrayList<>();
            for (Node d : n.child("doors_closed").list()) {
                doors.add(map.door(d.text()).orElseThrow(() -> d.bad("no door '" + d.text() + "' in map '" + map.name()
                        + "'")).name());
            }
            out.add(new Expectation.DoorsClosed(doors));
        }
        if (n.has("estop")) {
            Node e = n.child("estop").object(Set.of("wheels_zero_within_ticks", "max_moved_at_rest_m"));
            long ticks = e.required("wheels_zero_within_ticks").integer();
            if (ticks < 0 || ticks > 1000) {
                throw e.child("wheels_zero_within_ticks").bad("must be 0 to 1000, not " + ticks);
            }
            double moved = e.has("max_moved_at_rest_m") ? e.child("max_moved_at_rest_m").number() : 0;
            if (moved < 0) {
                throw e.child("max_moved_at_rest_m").bad("cannot be negative");
            }
            out.add(new Expectation.EstopHeld((int) ticks, moved));
        }
        if (n.has("outcomes")) {
            List<String> outcomes = new ArrayList<>();
            for (Node o : n.child("outcomes").list()) {
                if (!OUTCOMES.contains(o.text())) {
                    throw o.bad("must be one of " + OUTCOMES.stream().sorted().toList());
                }
                outcomes.add(o.text());
            }
            out.add(new Expectation.Outcomes(outcomes));
        }
        return out;
    }

    private static int count(Node n) {
        long v = n.integer();
        if (v < 0 || v > 1_000_000) {
            throw n.bad("must be 0 or more, not " + v);
        }
        return (int) v;
    }
}
