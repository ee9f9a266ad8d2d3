package dev.rosie.perception.speech;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rosie.core.world.Door;
import dev.rosie.core.world.HomeMap;
import dev.rosie.core.world.ObjectClass;
import dev.rosie.core.world.Room;
import dev.rosie.core.world.WorldObject;
import dev.rosie.core.world.Zone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Vocabulary biasing: the sentences Rosie expects to hear in this home, built from the map's names
 * (rooms, doors, zones, objects, the dock) and the command verbs the planner understands. Vosk turns
 * the list into a bigram language model for the recogniser, so these sentences, and recombinations
 * of their word pairs, become far more likely than anything else in its 150,000-word vocabulary.
 * {@value #UNKNOWN} stays in the list so speech outside it can come out as "unknown" (and be
 * re-decoded free-form) instead of being forced onto the nearest command.
 *
 * <p>The verb lists mirror the rule-based planner's patterns (planner module, {@code ClauseRules});
 * perception may not depend on the planner, so they are repeated here, and a test checks that every
 * sentence here is one the planner's grammar would read.
 */
public final class CommandGrammar {
    public static final String UNKNOWN = "[unk]";
    public static final String WAKE_WORD = "rosie";

    static final List<String> CLEAN = List.of("clean", "vacuum", "sweep", "hoover", "tidy up", "clean up");
    static final List<String> GO = List.of("go to", "drive to", "move to", "head to", "come to", "go back to");
    static final List<String> FETCH = List.of("pick up", "grab", "fetch", "get");
    static final List<String> LOOK = List.of("look at", "check", "check on", "inspect");
    static final List<String> DOOR = List.of("open", "close", "shut");
    static final List<String> PUT = List.of("put", "place", "move");
    static final List<String> PUT_WHERE = List.of("on", "in", "next to");
    static final List<String> CARRY = List.of("bring", "take", "carry");
    static final List<String> MODE_BEFORE = List.of("quickly clean", "deep clean", "thoroughly clean");
    static final List<String> MODE_AFTER = List.of("quickly", "thoroughly", "properly");
    static final List<String> FIXED = List.of(
            "stop", "stop now", "halt", "freeze", "stand still", "emergency stop",
            "dock", "go home", "go back home", "go charge", "recharge", "return to the dock", "go back to the dock",
            "go to the dock", "return to base", "go to your dock", "go back to your charger",
            "clean everywhere", "clean everything", "clean all the rooms",
            "clean the apartment", "clean the house",
            "wait", "wait a minute", "wait ten seconds", "wait thirty seconds", "wait one minute",
            "wait two minutes", "wait five minutes");
    static final List<String> WAKE = List.of("rosie", "hey rosie", "ok rosie", "okay rosie");
    private static final java.util.regex.Pattern WAKE_PREFIX = java.util.regex.Pattern.compile(
            "^(?:hey |ok |okay )?" + WAKE_WORD + " (.+)$");

    private final List<String> phrases;
    private final Set<String> sentences;
    private final Set<String> unknownWords;
    private final Set<String> vocabulary;
    private final Set<String> bigrams;
    private final List<String> names;
    private final boolean widened;

    private CommandGrammar(List<String> phrases, Set<String> sentences, Set<String> unknownWords, List<String> names,
            boolean widened) {
        this.names = List.copyOf(names);
        this.widened = widened;
        this.phrases = List.copyOf(phrases);
        this.sentences = Set.copyOf(sentences);
        this.unknownWords = Set.copyOf(unknownWords);
        Set<String> words = new java.util.HashSet<>();
        Set<String> pairs = new java.util.HashSet<>();
        for (String p : phrases) {
            String[] w = p.split(" ");
            words.addAll(Arrays.asList(w));
            for (int i = 0; i + 1 < w.length; i++) {
                pairs.add(w[i] + " " + w[i + 1]);
            }
        }
        words.remove(UNKNOWN);
        this.vocabulary = Set.copyOf(words);
        this.bigrams = Set.copyOf(pairs);
    }

    /**
     * The grammar for {@code home} widened by {@code language}: more phrasings of commands (the
     * planner's command language, politeness, durations; passed in by launch, since perception may
     * not depend on the planner). They bias the recogniser's language model like the home's command
     * sentences do, but only the command sentences count for {@link #contains}: a language phrase
     * is a likely word sequence, not a command the grammar vouches for. Phrases with a word the
     * model does not know are left out (Vosk would drop the word and change the phrase).
     */
    public static CommandGrammar forHome(HomeMap home, Lexicon lexicon, List<String> language) {
        CommandGrammar base = forHome(home, lexicon);
        List<String> kept = new ArrayList<>(base.phrases.subList(0, base.phrases.size() - 1));
        Set<String> seen = new java.util.HashSet<>(kept);
        for (String phrase : language) {
            String p = phrase.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty() && !p.equals(UNKNOWN) && seen.add(p) && Arrays.stream(p.split(" ")).allMatch(lexicon::knows)) {
                kept.add(p);
            }
        }
        // Vosk counts repeated phrases: without weight, tens of thousands of language phrases would
        // outnumber the home's command sentences and pull plain commands ("go home") towards them.
        // Repeating the home sentences keeps them as heavy, all together, as the language.
        List<String> commands = base.phrases.subList(0, base.phrases.size() - 1);
        int weight = Math.max(1, Math.round((kept.size() - commands.size()) / (float) Math.max(1, commands.size())));
        for (int i = 1; i < weight; i++) {
            kept.addAll(commands);
        }
        kept.add(UNKNOWN);
        return new CommandGrammar(kept, base.sentences, base.unknownWords, base.names, true);
    }

    /**
     * The grammar for {@code home}. Sentences with a word the model cannot recognise are left out
     * (Vosk would drop the word silently and the sentence would change meaning); those words are
     * listed by {@link #unknownWords()} so the caller can say which names cannot be spoken.
     */
    public static CommandGrammar forHome(HomeMap home, Lexicon lexicon) {
        List<String> rooms = home.rooms().stream().map(Room::name).toList();
        List<String> doors = home.doors().stream().map(Door::name).toList();
        List<String> zones = home.zones().stream().map(Zone::name).toList();
        List<String> objects = home.objects().stream().map(WorldObject::name).toList();
        List<String> movable = home.objects().stream().filter(o -> o.objectClass() == ObjectClass.SMALL)
                .map(WorldObject::name).toList();
        List<String> places = concat(rooms, zones, objects, List.of(HomeMap.DOCK));
        List<String> surfaces = concat(home.objects().stream().filter(o -> o.objectClass() == ObjectClass.FURNITURE)
                .map(WorldObject::name).toList(), rooms);

        Set<String> commands = new LinkedHashSet<>(FIXED);
        for (String room : rooms) {
            CLEAN.forEach(v -> commands.add(v + " the " + room));
            MODE_BEFORE.forEach(v -> commands.add(v + " the " + room));
            MODE_AFTER.forEach(m -> commands.add("clean the " + room + " " + m));
            for (String other : rooms) {
                if (!other.equals(room)) {
                    commands.add("clean the " + room + " and the " + other);
                }
            }
        }
        for (String place : places) {
            GO.forEach(v -> commands.add(v + " the " + place));
        }
        for (String object : objects) {
            LOOK.forEach(v -> commands.add(v + " the " + object));
            commands.add("clean around the " + object);
            commands.add("clean under the " + object);
        }
        for (String thing : movable) {
            FETCH.forEach(v -> commands.add(v + " the " + thing));
            for (String where : surfaces) {
                PUT.forEach(v -> PUT_WHERE.forEach(p -> commands.add(v + " the " + thing + " " + p + " the " + where)));
                CARRY.forEach(v -> commands.add(v + " the " + thing + " to the " + where));
            }
        }
        for (String door : doors) {
            DOOR.forEach(v -> commands.add(v + " the " + door));
        }

        Set<String> sentences = new LinkedHashSet<>(WAKE);
        for (String c : commands) {
            sentences.add(c);
            sentences.add(WAKE_WORD + " " + c);
        }
        List<String> kept = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        for (String s : sentences) {
            List<String> missing = Arrays.stream(s.split(" ")).filter(w -> !lexicon.knows(w)).toList();
            if (!missing.isEmpty()) {
                unknown.addAll(missing);
                continue;
            }
            // Vosk counts repeated sentences. A fixed command ("go home") would otherwise weigh as
            // one sentence against hundreds that share its first word ("go to the ..."), and lose
            // its second word to them; repeating it weighs it like a verb said with every room.
            int weight = FIXED.contains(s) || s.startsWith(WAKE_WORD + " ") && FIXED.contains(s.substring(WAKE_WORD.length() + 1))
                    ? Math.max(1, rooms.size()) : 1;
            for (int i = 0; i < weight; i++) {
                kept.add(s);
            }
        }
        kept.add(UNKNOWN);
        List<String> names = concat(places, doors).stream().distinct().toList();
        return new CommandGrammar(kept, new LinkedHashSet<>(kept), unknown, names, false);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    public List<String> phrases() {
        return phrases;
    }

    /**
     * True when {@code text} is one of the grammar's sentences as a whole. The recogniser's language
     * model is a bigram model of these sentences, so it can also produce recombinations that are not.
     */
    public boolean contains(String text) {
        if (sentences.contains(text)) {
            return true;
        }
        java.util.regex.Matcher m = WAKE_PREFIX.matcher(text);
        return m.matches() && sentences.contains(m.group(1));
    }

    /** True when the grammar was widened by a command language beyond the home's command sentences. */
    public boolean widened() {
        return widened;
    }

    /** The home's names (rooms, zones, objects, the dock, doors) mentioned in {@code text}. */
    public Set<String> namesIn(String text) {
        String padded = " " + text + " ";
        Set<String> found = new TreeSet<>();
        for (String n : names) {
            if (padded.contains(" " + n + " ")) {
                found.add(n);
            }
        }
        // "the bathroom door" mentions the door, not the room as well.
        found.removeIf(n -> found.stream().anyMatch(m -> !m.equals(n) && (" " + m + " ").contains(" " + n + " ")));
        return found;
    }

    /**
     * The share of adjacent word pairs in {@code text} that occur in some phrase (1 for one word).
     * Vosk's grammar decoding backs off to single words, so it can also put grammar words together
     * in orders no phrase has ("them off room" for "bathroom"): a transcript made mostly of such
     * joins is the bias forcing its words onto speech it does not cover, not a phrase it recognised.
     */
    public double coherence(String text) {
        String[] w = text.strip().split(" ");
        if (w.length < 2) {
            return 1;
        }
        int known = 0;
        for (int i = 0; i + 1 < w.length; i++) {
            if (bigrams.contains(w[i] + " " + w[i + 1])) {
                known++;
            }
        }
        return known / (double) (w.length - 1);
    }

    /** Every word of every phrase: the words the grammar decoding can produce. */
    public Set<String> vocabulary() {
        return vocabulary;
    }

    /** Words in the home's names that the model's vocabulary lacks (their sentences were left out). */
    public Set<String> unknownWords() {
        return unknownWords;
    }

    /** The JSON array of strings Vosk's grammar recogniser takes. */
    public String toJson() {
        try {
            return new ObjectMapper().writeValueAsString(phrases);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }
}
