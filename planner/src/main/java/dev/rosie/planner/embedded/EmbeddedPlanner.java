package dev.rosie.planner.embedded;

import dev.rosie.core.action.Action;
import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.Plan;
import dev.rosie.core.action.Planner;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.execution.ExecutionEvent;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.Sighting;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.planner.embedding.CachingEmbedder;
import dev.rosie.planner.embedding.Embedder;
import dev.rosie.planner.replan.DoorReplanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The default planner: no server, no network. A real neural sentence encoder (MiniLM, through an
 * {@link Embedder}) matches each clause of a command to a skill by similarity to many exemplar
 * phrasings, and fills the skill's slots from the world snapshot's names (exactly, by alias, or by
 * similarity). It splits sequences ("then", "and after that"), applies corrections ("not the
 * nursery, the office"), asks instead of guessing when it is unsure or a name is unknown, and
 * politely refuses requests no household robot could do. It reads only the command's own text,
 * never notes or camera text, and plans dangerous requests literally: judging them is the guard's
 * job.
 */
public final class EmbeddedPlanner implements Planner {
    public static final String NAME = "embedded";
    static final String OUT_OF_SCOPE_RULE = "out-of-scope";
    /** A runner-up skill this close to the best is tried when the best cannot fill its slots. */
    static final double JOINT_MARGIN = 0.06;
    /**
     * A clause that starts with a stop word and reads most like stopping is a stop, however unsure
     * the match: a stop the speaker did not mean costs a pause, a stop the robot asked back about
     * instead keeps it moving ("stop stop stop you're eating the cable"; a misheard "stop please").
     */
    private static final java.util.regex.Pattern STOP_FIRST = java.util.regex.Pattern.compile(
            "^(?:(?:dead|full|emergency) )?(?:stop|halt|freeze)\\b");

    /** What depends on the world's names; rebuilt when the map or the people seen change. */
    private record World(HomeMap map, List<Sighting> sightings, Vocabulary vocabulary, ClauseReader reader,
            Corrections corrections, Steps steps) {
    }

    /** Index texts kept per process: exemplars, names and descriptions of a few maps. */
    static final int INDEX_CACHE = 8192;

    private final Embedder embedder;
    private final Embedder index;
    private final SkillBook book;
    private final Glossary glossary;
    private final Thresholds thresholds;
    private final Phrases phrases;
    private volatile World cached;

    /**
     * The standard skill book, glossary and thresholds; {@code embedder} is shared, not closed here.
     * Embeddings of the world index (exemplars, names, descriptions) are cached, so a change of map
     * or of the people seen costs only what is new; a command's own text always runs the model, so
     * measured latency is what a new command really costs.
     */
    public EmbeddedPlanner(Embedder embedder) {
        this(embedder, SkillBook.standard(), Glossary.standard(), Thresholds.defaults());
    }

    EmbeddedPlanner(Embedder embedder, SkillBook book, Glossary glossary, Thresholds thresholds) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.index = new CachingEmbedder(embedder, INDEX_CACHE);
        this.book = Objects.requireNonNull(book, "book");
        this.glossary = Objects.requireNonNull(glossary, "glossary");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.phrases = new Phrases(book);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Opens a closed door that shut the way, or says why it cannot go on (see {@link DoorReplanner}). */
    @Override
    public PlannerResult replan(Command command, WorldSnapshot world, Plan failedPlan, ExecutionEvent failure) {
        return DoorReplanner.replan(command, world, failedPlan, failure);
    }

    @Override
    public PlannerResult plan(Command command, WorldSnapshot snapshot) {
        World world = world(snapshot);
        return build(command, read(command, world), world);
    }

    /**
     * How the planner read a command, one line per piece: its role, the names found (and how), the
     * text matched against the skills and the two best skills. For debugging and {@code --explain}.
     */
    public List<String> explain(Command command, WorldSnapshot snapshot) {
        World world = world(snapshot);
        List<String> lines = new ArrayList<>();
        for (Reading r : read(command, world)) {
            StringBuilder b = new StringBuilder();
            b.append(r.fragment().before().name().toLowerCase(Locale.ROOT)).append(' ')
                    .append(r.isAction() ? (r.bareName() ? "name" : "action") : "context").append(" \"")
                    .append(r.text()).append('"');
            for (Mention m : r.slots().mentions()) {
                b.append(String.format(Locale.ROOT, " {%s=%s %s %.2f}", r.text().substring(m.start(), m.end()),
                        m.entry().name(), m.how(), m.score()));
            }
            r.slots().unresolved().forEach(u -> b.append(" {unknown '").append(u.phrase()).append("'}"));
            r.intent().ifPresent(i -> b.append(String.format(Locale.ROOT, " => \"%s\" %s %.3f / %s %.3f (like \"%s\")",
                    Placeholders.apply(r.text(), r.slots().mentions()), i.skill().wireName(), i.score(),
                    i.runnerUp().wireName(), i.runnerUpScore(), i.nearest())));
            lines.add(b.toString());
        }
        return lines;
    }

    private List<Reading> read(Command command, World world) {
        return world.reader().read(world.corrections().apply(Segmenter.split(command.text())));
    }

    /**
     * The plan for the whole command, or a question or refusal; but a stop is never lost to a question
     * or refusal about another part of the command ("stop. blorp the flibbertigibbet", or a trailing
     * "the" a recogniser made of a breath): the robot stops, and the rest can be asked again.
     */
    private PlannerResult build(Command command, List<Reading> readings, World world) {
        PlannerResult composed = compose(command, readings, world);
        if (composed instanceof Plan || readings.stream().noneMatch(this::stops)) {
            return composed;
        }
        String rest = switch (composed) {
            case Clarification c -> c.question();
            case Refusal r -> r.reason();
            case Plan p -> "";
        };
        return new Plan(command.id(), List.of(new Action.Stop()), NAME + " (" + embedder.modelName()
                + "): stop [stop]; the rest not planned: " + rest);
    }

    private boolean stops(Reading r) {
        return r.isAction() && r.skill().filter(s -> s == Skill.STOP).isPresent()
                && (r.confident(thresholds) || STOP_FIRST.matcher(r.text()).find());
    }

    private PlannerResult compose(Command command, List<Reading> readings, World world) {
        Steps.Context context = new Steps.Context();
        List<Action> steps = new ArrayList<>();
        List<String> understood = new ArrayList<>();
        List<String> bareNames = new ArrayList<>();
        Skill last = null;
        for (Reading r : readings) {
            if (Words.of(r.text()).stream().allMatch(Words.FUNCTION::contains)) {
                continue; // "the", "and then": a transcript's leftovers, nothing to do or ask about
            }
            if (!r.isAction() || r.bareName() && (last == null || !last.repeatsForAnotherName())) {
                context.saw(r.slots().mentions());
                if (r.isAction()) {
                    bareNames.add(r.text());
                }
                continue;
            }
            Steps.Outcome outcome;
            if (r.bareName()) {
                outcome = world.steps().build(last, r.text(), command.text(), r.slots(), context);
            } else {
                IntentMatcher.Intent intent = r.intent().orElseThrow();
                if (intent.skill() == Skill.OUT_OF_SCOPE && r.confident(thresholds)) {
                    return new Refusal(command.id(), "Sorry, I can't do that: \"" + r.text() + "\" is not something"
                            + " I know how to do. " + Steps.CAPABILITIES, OUT_OF_SCOPE_RULE);
                }
                if (!r.confident(thresholds) && !stops(r) || intent.skill() == Skill.OUT_OF_SCOPE) {
                    return new Clarification(command.id(), "I'm not sure what you mean by \"" + r.text() + "\". "
                            + Steps.CAPABILITIES);
                }
                Decoded d = decode(intent, r, command, world, context);
                outcome = d.outcome();
                last = d.skill();
            }
            switch (outcome) {
                case Steps.Outcome.Question q -> {
                    return new Clarification(command.id(), q.text());
                }
                case Steps.Outcome.Actions a -> {
                    steps.addAll(a.actions());
                    String skill = last.wireName();
                    understood.add(a.summary() + r.intent().map(i -> String.format(Locale.ROOT, " [%s %.2f]",
                            skill, i.score())).orElse(""));
                }
            }
        }
        if (steps.isEmpty()) {
            return new Clarification(command.id(), bareNames.isEmpty()
                    ? "What would you like me to do? " + Steps.CAPABILITIES
                    : "What would you like me to do with the " + bareNames.getLast().replaceFirst("^the ", "") + "?");
        }
        steps = withoutRepeats(steps);
        if (steps.getLast() instanceof Action.CleanArea) {
            // A vacuum goes back to charge after cleaning unless told what to do next.
            steps.add(new Action.Dock());
            understood.add("go back to the dock");
        }
        if (steps.size() > Plan.MAX_STEPS) {
            return new Clarification(command.id(), "That is more than " + Plan.MAX_STEPS
                    + " things at once; could you split it up?");
        }
        return new Plan(command.id(), steps, NAME + " (" + embedder.modelName() + "): " + String.join("; then ", understood));
    }

    private record Decoded(Skill skill, Steps.Outcome outcome) {
    }

    /**
     * Intent and slots decided together: when the best skill cannot fill its slots ("move next to
     * the desk" read as putting something down) and a close runner-up can, the runner-up wins.
     */
    private Decoded decode(IntentMatcher.Intent intent, Reading r, Command command, World world, Steps.Context context) {
        Steps.Context trial = context.copy();
        Steps.Outcome first = world.steps().build(intent.skill(), r.text(), command.text(), r.slots(), trial);
        if (first instanceof Steps.Outcome.Question && intent.runnerUp() != Skill.OUT_OF_SCOPE
                && intent.margin() < JOINT_MARGIN) {
            Steps.Context second = context.copy();
            Steps.Outcome other = world.steps().build(intent.runnerUp(), r.text(), command.text(), r.slots(), second);
            if (other instanceof Steps.Outcome.Actions) {
                context.adopt(second);
                return new Decoded(intent.runnerUp(), other);
            }
        }
        context.adopt(trial);
        return new Decoded(intent.skill(), first);
    }

    /**
     * Drops an action that repeats the one before it: a context piece and its instruction saying the
     * same thing ("the bathroom is filthy, give it a scrub"). Of two cleans of one room, the more
     * thorough mode stays.
     */
    private static List<Action> withoutRepeats(List<Action> steps) {
        List<Action> out = new ArrayList<>();
        for (Action a : steps) {
            if (!out.isEmpty() && out.getLast().label().equals(a.label())) {
                if (a instanceof Action.CleanArea c && out.getLast() instanceof Action.CleanArea p
                        && c.mode().compareTo(p.mode()) > 0) {
                    out.set(out.size() - 1, a);
                }
                continue;
            }
            out.add(a);
        }
        return out;
    }

    private World world(WorldSnapshot snapshot) {
        World w = cached;
        if (w != null && w.map() == snapshot.map() && w.sightings().equals(snapshot.sightings())) {
            return w;
        }
        Vocabulary vocabulary = new Vocabulary(snapshot, glossary);
        SlotFinder slots = new SlotFinder(vocabulary, phrases, index, embedder, thresholds);
        IntentMatcher intents = new IntentMatcher(book, index, embedder,
                text -> Placeholders.apply(text, vocabulary.exactMentions(text)));
        w = new World(snapshot.map(), snapshot.sightings(), vocabulary,
                new ClauseReader(vocabulary, phrases, slots, intents, thresholds),
                new Corrections(vocabulary, phrases), new Steps(vocabulary));
        cached = w;
        return w;
    }

}
