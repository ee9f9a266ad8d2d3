package dev.rosie.planner.embedded;

import dev.rosie.core.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The exemplar phrasings of every skill (the {@code exemplars.txt} resource, or a file in the same
 * format), plus the words they use: a word no exemplar uses is likely part of a name, which is how
 * the slot finder tells "clean the garage" (garage: a name it does not know) from "clean it up".
 */
record SkillBook(Map<Skill, List<String>> exemplars) {
    static final String RESOURCE = "exemplars.txt";
    /** First words that start a clause but are not verbs, so are no sign that a new clause begins. */
    private static final Set<String> NOT_LEADS = Set.of("the", "a", "an", "i", "you", "your", "there", "someone",
            "is", "what", "who", "can", "please", "be", "it", "this", "that", "no", "don't", "enough", "time");

    SkillBook {
        Map<Skill, List<String>> copy = new EnumMap<>(Skill.class);
        exemplars.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        for (Skill s : Skill.values()) {
            if (copy.getOrDefault(s, List.of()).isEmpty()) {
                throw new InvalidInputException("the skill book has no exemplars for skill '" + s.wireName() + "'");
            }
        }
        // An EnumMap, not Map.copyOf: skills are read in a fixed order, so runs are reproducible.
        exemplars = java.util.Collections.unmodifiableMap(copy);
    }

    static SkillBook standard() {
        try (InputStream in = SkillBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the planner jar");
            }
            return parse(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses {@code [skill]} sections of one phrase per line; {@code #} starts a comment line. */
    static SkillBook parse(String source, Reader reader) throws IOException {
        Map<Skill, List<String>> out = new EnumMap<>(Skill.class);
        Skill current = null;
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                String name = t.substring(1, t.length() - 1).strip();
                final int at = number;
                current = Skill.fromWire(name).orElseThrow(() -> new InvalidInputException(source + " line " + at
                        + ": unknown skill '" + name + "'"));
                continue;
            }
            if (current == null) {
                throw new InvalidInputException(source + " line " + number + ": a phrase before any [skill] header");
            }
            out.computeIfAbsent(current, k -> new ArrayList<>()).add(t.toLowerCase(Locale.ROOT));
        }
        return new SkillBook(out);
    }

    /** Every word any exemplar uses. */
    Set<String> words() {
        Set<String> words = new HashSet<>();
        exemplars.values().forEach(list -> list.forEach(p -> words.addAll(Words.of(p))));
        return words;
    }

    /** Words that begin an exemplar and are verbs: a clause that starts with one is an instruction. */
    Set<String> leadWords() {
        Set<String> leads = new HashSet<>();
        exemplars.values().forEach(list -> list.forEach(p -> {
            List<String> w = Words.of(p);
            if (!w.isEmpty() && !NOT_LEADS.contains(w.getFirst())) {
                leads.add(w.getFirst());
            }
        }));
        return leads;
    }
}
