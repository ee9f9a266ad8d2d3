package dev.rosie.planner.rules;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.CleanMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The verb table: one clause in, actions or a clarifying question out. */
final class ClauseRules {

    sealed interface Match {
        record Actions(List<Action> actions, String summary) implements Match {
        }

        record Unclear(String question) implements Match {
        }
    }

    private static final String CAPABILITIES = "I can clean a room, go somewhere, dock, stop, wait, say something,"
            + " pick up or put down small things, open or close doors, and look at things.";

    private static final Pattern STOP = Pattern.compile("^(?:stop|halt|freeze|stand still|emergency stop)(?: .*)?$");
    private static final Pattern DOCK = Pattern.compile(
            "^(?:dock|charge|recharge|go charge|go (?:back )?home|(?:go|return|head|drive) (?:back )?to (?:the |your )?(?:dock|base|charger|charging station))(?: yourself)?$");
    private static final Pattern ALL_ROOMS = Pattern.compile(
            "^(?:everywhere|everything|all(?: the)? rooms|(?:the )?(?:whole|entire) (?:apartment|house|flat|home)|(?:the )?(?:apartment|house|flat|home))$");
    private static final Pattern CLEAN = Pattern.compile(
            "^(quick(?:ly)? |deep(?:ly)? |thorough(?:ly)? )?(?:clean|vacuum|hoover|sweep|tidy)(?: up)?(?: in)?(?: the)? (.+?)(?: (quickly|thoroughly|deeply|properly|fast))?$");
    private static final Pattern NAVIGATE = Pattern.compile(
            "^(?:go|drive|move|head|come|roll|walk|travel)(?: over| back| right)? (?:to|into|down|up|in|inside|toward|towards|onto|near|by|over to)(?: the)? (.+)$");
    private static final Pattern PICK_UP = Pattern.compile("^(?:pick up|grab|take|fetch|get)(?: the)? (.+?)(?: from .*)?$");
    private static final Pattern PLACE = Pattern.compile(
            "^(?:put|place|drop|leave|bring|move|carry|take)(?: the)? (.+?) (?:on|in|into|at|to|onto|next to|by|back to)(?: the)? (.+)$");
    private static final Pattern DOOR = Pattern.compile("^(open|close|shut)(?: up)?(?: the)? (.+)$");
    private static final Pattern INSPECT = Pattern.compile("^(?:look at|look in|look into|check on|check|inspect)(?: the)? (.+)$");
    private static final Pattern WAIT = Pattern.compile("^wait(?: for)?(?: (\\d{1,4}) (second|seconds|minute|minutes))?$");
    private static final Pattern SAY = Pattern.compile("^say (.+)$");

    private final Vocabulary vocabulary;
    private final List<Function<String, Optional<Match>>> table = List.of(
            this::stop, this::dock, this::clean, this::place, this::pickUp, this::door, this::inspect,
            this::navigate, this::waitFor, this::say);

    ClauseRules(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Match match(String clause) {
        for (Function<String, Optional<Match>> rule : table) {
            Optional<Match> m = rule.apply(clause);
            if (m.isPresent()) {
                return m.get();
            }
        }
        return new Match.Unclear("I'm not sure how to \"" + clause + "\". " + CAPABILITIES);
    }

    private Optional<Match> stop(String c) {
        return STOP.matcher(c).matches() ? actions("stop", new Action.Stop()) : Optional.empty();
    }

    private Optional<Match> dock(String c) {
        return DOCK.matcher(c).matches() ? actions("return to the dock", new Action.Dock()) : Optional.empty();
    }

    private Optional<Match> clean(String c) {
        Matcher m = CLEAN.matcher(c);
        if (!m.matches()) {
            return Optional.empty();
        }
        CleanMode mode = mode(m.group(1), m.group(3));
        String what = m.group(2).trim();
        if (ALL_ROOMS.matcher(what).matches()) {
            List<Action> all = vocabulary.rooms().stream().map(r -> (Action) new Action.CleanArea(r, mode)).toList();
            return Optional.of(new Match.Actions(all, "clean every room"));
        }
        List<Action> steps = new ArrayList<>();
        for (String part : what.split(",? and (?:the )?|, (?:the )?")) {
            Optional<Vocabulary.Name> name = vocabulary.find(part);
            if (name.isEmpty() || name.get().kind() == Vocabulary.Kind.DOOR || name.get().kind() == Vocabulary.Kind.DOCK) {
                return Optional.of(new Match.Unclear("I don't know a room called '" + part.replaceFirst("^the ", "")
                        + "'. The rooms are: " + String.join(", ", vocabulary.rooms()) + "."));
            }
            String room = switch (name.get().kind()) {
                case ROOM, ZONE -> name.get().name();
                case OBJECT -> roomOf(name.get().name());
                case DOOR, DOCK -> throw new IllegalStateException("filtered above");
            };
            steps.add(new Action.CleanArea(room, mode));
        }
        return Optional.of(new Match.Actions(steps, "clean " + what));
    }

    private Optional<Match> navigate(String c) {
        Matcher m = NAVIGATE.matcher(c);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(named(m.group(1), "place", n -> new Match.Actions(
                List.of(Action.NavigateTo.named(n.name())), "go to the " + n.name())));
    }

    private Optional<Match> pickUp(String c) {
        Matcher m = PICK_UP.matcher(c);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(named(m.group(1), "thing", n -> new Match.Actions(
                List.of(new Action.PickUp(n.name())), "pick up the " + n.name())));
    }

    private Optional<Match> place(String c) {
        Matcher m = PLACE.matcher(c);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Vocabulary.Name> thing = vocabulary.find(m.group(1));
        Optional<Vocabulary.Name> where = vocabulary.find(m.group(2));
        if (thing.isEmpty() || thing.get().kind() != Vocabulary.Kind.OBJECT) {
            return Optional.of(unknown(m.group(1), "thing"));
        }
        if (where.isEmpty()) {
            return Optional.of(unknown(m.group(2), "place"));
        }
        String object = thing.get().name();
        return actions("take the " + object + " to the " + where.get().name(),
                new Action.PickUp(object), new Action.Place(object, where.get().name()));
    }

    private Optional<Match> door(String c) {
        Matcher m = DOOR.matcher(c);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean open = m.group(1).equals("open");
        Optional<Vocabulary.Name> door = vocabulary.find(m.group(2))
                .or(() -> vocabulary.find(m.group(2) + " door"));
        if (door.isEmpty() || door.get().kind() != Vocabulary.Kind.DOOR) {
            return Optional.of(new Match.Unclear("Which door do you mean by '" + m.group(2) + "'?"));
        }
        String name = door.get().name();
        return open ? actions("open the " + name, new Action.OpenDoor(name))
                : actions("close the " + name, new Action.CloseDoor(name));
    }

    private Optional<Match> inspect(String c) {
        Matcher m = INSPECT.matcher(c);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(named(m.group(1), "thing", n -> new Match.Actions(
                List.of(new Action.Inspect(n.name())), "look at the " + n.name())));
    }

    private Optional<Match> waitFor(String c) {
        Matcher m = WAIT.matcher(c);
        if (!m.matches()) {
            return Optional.empty();
        }
        Duration d = m.group(1) == null ? Duration.ofSeconds(10)
                : m.group(2).startsWith("minute") ? Duration.ofMinutes(Long.parseLong(m.group(1)))
                : Duration.ofSeconds(Long.parseLong(m.group(1)));
        if (d.compareTo(Action.Wait.MAX) > 0) {
            return Optional.of(new Match.Unclear("I can wait at most 30 minutes at a time."));
        }
        return actions("wait " + d.toSeconds() + " s", new Action.Wait(d));
    }

    private Optional<Match> say(String c) {
        Matcher m = SAY.matcher(c);
        if (!m.matches() || m.group(1).length() > Action.Say.MAX_TEXT) {
            return Optional.empty();
        }
        return actions("say something", new Action.Say(m.group(1)));
    }

    private Match named(String phrase, String what, Function<Vocabulary.Name, Match> then) {
        return vocabulary.find(phrase).map(then).orElseGet(() -> unknown(phrase, what));
    }

    private Match unknown(String phrase, String what) {
        return new Match.Unclear("I don't know a " + what + " called '" + phrase.replaceFirst("^the ", "")
                + "'. The rooms are: " + String.join(", ", vocabulary.rooms()) + ".");
    }

    private String roomOf(String object) {
        return vocabulary.roomOf(object);
    }

    private static CleanMode mode(String prefix, String suffix) {
        String m = (prefix == null ? "" : prefix) + (suffix == null ? "" : suffix);
        if (m.contains("quick") || m.contains("fast")) {
            return CleanMode.QUICK;
        }
        if (m.contains("deep") || m.contains("thorough") || m.contains("properly")) {
            return CleanMode.DEEP;
        }
        return CleanMode.NORMAL;
    }

    private static Optional<Match> actions(String summary, Action... actions) {
        return Optional.of(new Match.Actions(List.of(actions), summary));
    }
}
