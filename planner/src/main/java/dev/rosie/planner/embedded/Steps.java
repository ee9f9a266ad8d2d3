package dev.rosie.planner.embedded;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.CleanMode;
import dev.rosie.core.world.ObjectClass;
import dev.rosie.planner.embedded.Vocabulary.Entry;
import dev.rosie.planner.embedded.Vocabulary.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one understood clause (a skill and the names found in it) into actions, or into the
 * question to ask when a slot cannot be filled: an unknown name, an ambiguous door, a missing
 * object. Pronouns ("it", "them", "there") refer to the last fitting name said earlier in the
 * command, including in a piece the speaker corrected.
 */
final class Steps {
    /** What a clause became. */
    sealed interface Outcome {
        record Actions(List<Action> actions, String summary) implements Outcome {
            public Actions {
                actions = List.copyOf(actions);
            }
        }

        record Question(String text) implements Outcome {
        }
    }

    /** What the clauses before this one said and did. */
    static final class Context {
        private final List<Entry> referents = new ArrayList<>();
        private String held;

        void saw(List<Mention> mentions) {
            mentions.forEach(m -> referents.add(m.entry()));
        }

        Context copy() {
            Context c = new Context();
            c.referents.addAll(referents);
            c.held = held;
            return c;
        }

        void adopt(Context other) {
            referents.clear();
            referents.addAll(other.referents);
            held = other.held;
        }

        Optional<Entry> last(Predicate<Entry> fits) {
            for (int i = referents.size() - 1; i >= 0; i--) {
                if (fits.test(referents.get(i))) {
                    return Optional.of(referents.get(i));
                }
            }
            return Optional.empty();
        }
    }

    /** Skills whose clause names what they act on, so an unknown name in it must be asked about. */
    private static final Set<Skill> NAMES_A_TARGET = java.util.EnumSet.of(Skill.NAVIGATE_TO, Skill.PICK_UP,
            Skill.PLACE, Skill.OPEN_DOOR, Skill.CLOSE_DOOR, Skill.INSPECT);
    private static final Pattern ALL_ROOMS = Pattern.compile("\\b(?:everywhere|everything|every room|all (?:the |of the )?rooms"
            + "|(?:whole|entire) (?:apartment|flat|house|home|place)|the (?:apartment|flat|house|home))\\b");
    private static final Pattern EXCEPT = Pattern.compile("\\b(?:except(?: for)?|but not|apart from|other than"
            + "|excluding|besides)\\b|(?<=\\b(?:everywhere|everything|rooms|apartment|flat|house|home|place) )but\\b");
    /** A place right after these words is where a thing comes from: "out of the bathroom", "from the desk". */
    private static final Pattern FROM = Pattern.compile("\\b(?:out of|from|off(?: of)?)\\s+(?:the |my |your |our )?$");
    /**
     * A room right after a carrying verb and its article is that verb's object ("move the office"):
     * the speaker wants the room moved, which is not a request to go there. Transcripts make this
     * out of other verbs ("nuke the office floor" heard as "move the office floor").
     */
    private static final Pattern CARRIED = Pattern.compile("\\b(?:move|shift|push|pull|drag|carry|lift|bring)\\s+"
            + "(?:the |my |our |this |that )$");
    private static final Pattern OBJECT_PRONOUN = Pattern.compile("\\b(?:it|them|that|this|those|these)\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:it|them|that|there|this|those|these|one)\\b");
    static final String CAPABILITIES = "I can clean a room, go somewhere, go back to my dock, stop, wait, say"
            + " something, pick up or put down small things, open or close doors, and look at things.";

    private final Vocabulary vocabulary;

    Steps(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Outcome build(Skill skill, String lower, String original, SlotFinder.Slots slots, Context context) {
        List<Mention> named = included(lower, slots.mentions());
        Optional<String> unknownName = slots.unknownName();
        if (unknownName.isPresent() && NAMES_A_TARGET.contains(skill)) {
            // A name we do not know is never silently dropped: "move the piano to the hallway".
            context.saw(slots.mentions());
            return new Outcome.Question("I don't know anything called '" + unknownName.get() + "' here. "
                    + "I know these rooms: " + String.join(", ", vocabulary.rooms()) + ".");
        }
        Outcome out = switch (skill) {
            case CLEAN_AREA -> clean(lower, slots, named, context);
            case NAVIGATE_TO -> navigate(lower, slots, named, context);
            case DOCK -> actions("go back to the dock", new Action.Dock());
            case STOP -> actions("stop", new Action.Stop());
            case WAIT -> waitFor(lower);
            case SAY -> SpokenText.extract(lower, original)
                    .<Outcome>map(t -> actions("say \"" + t + "\"", new Action.Say(t)))
                    .orElseGet(() -> new Outcome.Question("What would you like me to say?"));
            case PICK_UP -> pickUp(lower, slots, named, context);
            case PLACE -> place(lower, slots, named, context);
            case OPEN_DOOR, CLOSE_DOOR -> door(skill == Skill.OPEN_DOOR, lower, slots, named, context);
            case INSPECT -> inspect(lower, slots, named, context);
            case OUT_OF_SCOPE -> throw new IllegalArgumentException("out-of-scope clauses are refused, not built");
        };
        context.saw(slots.mentions());
        return out;
    }

    /** The mentions not excluded by "except ..." / "but not ...". */
    private static List<Mention> included(String lower, List<Mention> mentions) {
        Matcher m = EXCEPT.matcher(lower);
        if (!m.find()) {
            return mentions;
        }
        int from = m.start();
        return mentions.stream().filter(x -> x.start() < from).toList();
    }

    private Outcome clean(String lower, SlotFinder.Slots slots, List<Mention> named, Context context) {
        CleanMode mode = CleanModes.of(lower);
        Set<String> rooms = new LinkedHashSet<>();
        if (ALL_ROOMS.matcher(lower).find()) {
            Set<String> excluded = new LinkedHashSet<>();
            slots.mentions().stream().filter(x -> !named.contains(x)).forEach(x -> excluded.add(roomOf(x.entry())));
            vocabulary.rooms().stream().filter(r -> !excluded.contains(r)).forEach(rooms::add);
        } else {
            Mention previous = null;
            for (Mention x : named) {
                // Rooms are cleaned, and the room around a thing; people, pets, doors and the dock are not.
                // A thing right after a room ("the office carpet") is in that room, wherever its namesake is.
                boolean qualified = previous != null && previous.entry().kind() == Kind.ROOM
                        && x.entry().kind() == Kind.OBJECT && lower.substring(previous.end(), x.start()).isBlank();
                if (!qualified && (x.entry().kind() == Kind.ROOM || x.entry().kind() == Kind.OBJECT
                        || x.entry().kind() == Kind.ZONE)) {
                    rooms.add(roomOf(x.entry()));
                }
                previous = x;
            }
        }
        // "Pick up the sock, then vacuum": a clean that names nothing cleans where the command already is.
        if (rooms.isEmpty() && (PRONOUN.matcher(lower).find() || named.isEmpty() && slots.unknownName().isEmpty())) {
            context.last(e -> e.kind() == Kind.ROOM || e.kind() == Kind.OBJECT || e.kind() == Kind.ZONE)
                    .ifPresent(e -> rooms.add(roomOf(e)));
        }
        if (rooms.isEmpty()) {
            return new Outcome.Question(unknown(slots, "room") + "Which room should I clean? The rooms are: "
                    + String.join(", ", vocabulary.rooms()) + ".");
        }
        List<Action> steps = rooms.stream().map(r -> (Action) new Action.CleanArea(r, mode)).toList();
        return new Outcome.Actions(steps, "clean " + String.join(" and ", rooms)
                + (mode == CleanMode.NORMAL ? "" : " (" + mode.wireName() + ")"));
    }

    private Outcome navigate(String lower, SlotFinder.Slots slots, List<Mention> named, Context context) {
        Optional<Entry> where = named.stream().map(Mention::entry).findFirst()
                .or(() -> PRONOUN.matcher(lower).find() ? context.last(e -> true) : Optional.empty());
        if (where.isEmpty()) {
            return new Outcome.Question(unknown(slots, "place") + "Where should I go? The rooms are: "
                    + String.join(", ", vocabulary.rooms()) + ".");
        }
        if (where.get().kind() == Kind.DOCK) {
            return actions("go back to the dock", new Action.Dock());
        }
        if (where.get().kind() == Kind.ROOM && !named.isEmpty()
                && CARRIED.matcher(lower.substring(0, named.getFirst().start())).find()) {
            return new Outcome.Question("Rooms don't move. Should I go to the " + where.get().target()
                    + ", or clean it?");
        }
        return actions("go to the " + where.get().target(), Action.NavigateTo.named(where.get().target()));
    }

    private Outcome waitFor(String lower) {
        Duration d = Durations.parse(lower).orElse(Durations.DEFAULT);
        if (d.compareTo(Action.Wait.MAX) > 0) {
            return new Outcome.Question("I can wait at most " + Action.Wait.MAX.toMinutes()
                    + " minutes at a time. How long should I wait?");
        }
        return actions("wait " + d.toSeconds() + " s", new Action.Wait(d));
    }

    private Outcome pickUp(String lower, SlotFinder.Slots slots, List<Mention> named, Context context) {
        Optional<Entry> thing = object(lower, named, context);
        if (thing.isEmpty()) {
            return new Outcome.Question(notAThing(slots, named) + "What should I pick up?");
        }
        if (furniture(thing.get())) {
            return new Outcome.Question("The " + thing.get().name() + " is furniture; I can't carry it.");
        }
        context.held = thing.get().name();
        return actions("pick up the " + thing.get().name(), new Action.PickUp(thing.get().name()));
    }

    private Outcome place(String lower, SlotFinder.Slots slots, List<Mention> named, Context context) {
        Optional<Entry> thing = object(lower, named, context)
                .or(() -> Optional.ofNullable(context.held).flatMap(vocabulary::entry));
        if (thing.isEmpty()) {
            return new Outcome.Question(notAThing(slots, named) + "What should I put down, and where?");
        }
        if (furniture(thing.get())) {
            // Moving the sofa is not a reading that makes sense; a close runner-up skill is tried instead.
            return new Outcome.Question("The " + thing.get().name() + " is furniture; I can't carry it.");
        }
        Optional<Entry> where = named.stream().filter(m -> !FROM.matcher(lower.substring(0, m.start())).find())
                .map(Mention::entry).filter(e -> !e.equals(thing.get())).reduce((a, b) -> b);
        if (where.isEmpty() && named.stream().anyMatch(m -> FROM.matcher(lower.substring(0, m.start())).find())) {
            // "Take the mop pads out of the bathroom": where it comes from, not where it goes; hold it.
            context.held = thing.get().name();
            return actions("pick up the " + thing.get().name(), new Action.PickUp(thing.get().name()));
        }
        if (where.isEmpty()) {
            return new Outcome.Question(unknown(slots, "place") + "Where should I put the " + thing.get().name() + "?");
        }
        String object = thing.get().name();
        String location = where.get().target();
        List<Action> steps = new ArrayList<>();
        if (!object.equals(context.held)) {
            steps.add(new Action.PickUp(object));
        }
        steps.add(new Action.Place(object, location));
        context.held = null;
        return new Outcome.Actions(steps, "take the " + object + " to the " + location);
    }

    private Outcome door(boolean open, String lower, SlotFinder.Slots slots, List<Mention> named, Context context) {
        List<String> doors = new ArrayList<>();
        for (Mention m : named) {
            if (m.entry().kind() == Kind.DOOR) {
                doors.add(m.entry().name());
                break;
            }
        }
        if (doors.isEmpty()) {
            named.stream().filter(m -> m.entry().kind() == Kind.ROOM).findFirst()
                    .ifPresent(m -> doors.addAll(vocabulary.doorsOf(m.entry().name())));
        }
        if (doors.isEmpty() && named.isEmpty() && slots.unresolved().isEmpty() && PRONOUN.matcher(lower).find()) {
            context.last(e -> e.kind() == Kind.DOOR).ifPresent(e -> doors.add(e.name()));
        }
        if (doors.isEmpty() && named.isEmpty() && slots.unresolved().isEmpty()) {
            // "When you're done in the bathroom, close its door": the one door of the room just named.
            context.last(e -> e.kind() == Kind.ROOM).map(e -> vocabulary.doorsOf(e.name()))
                    .filter(ds -> ds.size() == 1).ifPresent(doors::addAll);
        }
        if (doors.isEmpty() && named.isEmpty() && slots.unresolved().isEmpty() && vocabulary.doors().size() == 1) {
            doors.addAll(vocabulary.doors());
        }
        if (doors.size() != 1) {
            List<String> choices = doors.isEmpty() ? vocabulary.doors() : doors;
            return new Outcome.Question(unknown(slots, "door") + "Which door should I " + (open ? "open" : "close")
                    + ": the " + String.join(", the ", choices) + "?");
        }
        String d = doors.getFirst();
        return open ? actions("open the " + d, new Action.OpenDoor(d)) : actions("close the " + d, new Action.CloseDoor(d));
    }

    private Outcome inspect(String lower, SlotFinder.Slots slots, List<Mention> named, Context context) {
        Optional<Entry> what = named.stream().map(Mention::entry).findFirst()
                .or(() -> slots.unresolved().isEmpty() ? context.last(e -> true) : Optional.empty());
        // "Is the laptop on the desk? Take a look": a look that names nothing is at what was just named.
        if (what.isEmpty()) {
            return new Outcome.Question(unknown(slots, "thing") + "What should I look at?");
        }
        return actions("look at the " + what.get().target(), new Action.Inspect(what.get().target()));
    }

    /**
     * The object a clause is about: whichever comes first, an object named or "it"/"them" (the last
     * object named before): in "put it in the laundry basket" the basket is where, not what.
     */
    private static Optional<Entry> object(String lower, List<Mention> named, Context context) {
        Optional<Mention> direct = named.stream().filter(m -> m.entry().kind() == Kind.OBJECT).findFirst();
        Matcher pronoun = OBJECT_PRONOUN.matcher(lower);
        boolean pronounFirst = pronoun.find() && (direct.isEmpty() || pronoun.start() < direct.get().start());
        if (pronounFirst) {
            Optional<Entry> referent = context.last(e -> e.kind() == Kind.OBJECT);
            if (referent.isPresent()) {
                return referent;
            }
        }
        return direct.map(Mention::entry);
    }

    private boolean furniture(Entry e) {
        // Furniture with a footprint on the floor (sofa, rug, bed); a vase is furniture too but can be lifted.
        return vocabulary.map().object(e.name())
                .filter(o -> o.objectClass() == ObjectClass.FURNITURE && o.footprint().isPresent()).isPresent();
    }

    private String roomOf(Entry e) {
        return switch (e.kind()) {
            case OBJECT, PERSON, CHILD, PET -> e.room().orElse(e.name());
            case ROOM, ZONE, DOOR, DOCK -> e.name();
        };
    }

    private static String unknown(SlotFinder.Slots slots, String what) {
        return slots.unresolved().isEmpty() ? ""
                : "I don't know a " + what + " called '" + slots.unresolved().getFirst().phrase() + "'. ";
    }

    private static String notAThing(SlotFinder.Slots slots, List<Mention> named) {
        if (!slots.unresolved().isEmpty()) {
            return unknown(slots, "thing");
        }
        return named.isEmpty() ? "" : "The " + named.getFirst().entry().name() + " is not something I can carry. ";
    }

    private static Outcome actions(String summary, Action... actions) {
        return new Outcome.Actions(List.of(actions), summary);
    }
}
