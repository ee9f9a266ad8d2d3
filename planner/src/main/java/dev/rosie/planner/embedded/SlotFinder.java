package dev.rosie.planner.embedded;

import dev.rosie.planner.embedding.Embedder;
import dev.rosie.planner.embedding.Vectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds the names in a clause: exact names and aliases first, then, for the words left over that no
 * exemplar uses (likely a name: "cooking area", "garage"), the known thing whose name, aliases or
 * description they are most similar to, if similar enough and clearly more similar than to anything
 * else. What stays unmatched is reported, so the planner can ask about it by name.
 */
final class SlotFinder {
    /** The names in a clause and the leftover phrases that looked like names but matched nothing. */
    record Slots(List<Mention> mentions, List<Unknown> unresolved) {
        Slots {
            mentions = List.copyOf(mentions);
            unresolved = List.copyOf(unresolved);
        }

        /** The first unknown phrase that follows an article ("the piano"): something named we do not know. */
        java.util.Optional<String> unknownName() {
            return unresolved.stream().filter(Unknown::afterArticle).map(Unknown::phrase).findFirst();
        }
    }

    /** Words that matched no known thing; {@code afterArticle} when an article or possessive precedes them. */
    record Unknown(String phrase, boolean afterArticle) {
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an", "my", "your", "our",
            "this", "that", "his", "her", "their");

    private static final int MAX_RUN = 4;

    private final Vocabulary vocabulary;
    private final Phrases phrases;
    private final Embedder embedder;
    private final Thresholds thresholds;
    private final Map<Vocabulary.Entry, List<float[]>> anchors = new java.util.LinkedHashMap<>();

    /** {@code index} embeds the names and descriptions (cacheable); {@code live} embeds phrases of commands. */
    SlotFinder(Vocabulary vocabulary, Phrases phrases, Embedder index, Embedder live, Thresholds thresholds) {
        this.vocabulary = vocabulary;
        this.phrases = phrases;
        this.embedder = live;
        this.thresholds = thresholds;
        List<String> texts = new ArrayList<>();
        vocabulary.entries().forEach(e -> texts.addAll(e.anchors()));
        List<float[]> vectors = index.embedAll(texts);
        int i = 0;
        for (Vocabulary.Entry e : vocabulary.entries()) {
            List<float[]> mine = new ArrayList<>();
            for (int k = 0; k < e.anchors().size(); k++) {
                mine.add(vectors.get(i++));
            }
            anchors.put(e, mine);
        }
    }

    Slots find(String lower) {
        List<Mention> mentions = new ArrayList<>(vocabulary.exactMentions(lower));
        List<Unknown> unresolved = new ArrayList<>();
        for (int[] run : candidateRuns(lower, mentions)) {
            String phrase = lower.substring(run[0], run[1]);
            Scored s = nearest(phrase);
            if (accepts(s)) {
                mentions.add(new Mention(run[0], run[1], s.entry, "similar", s.score));
            } else {
                List<String> before = Words.of(lower.substring(0, run[0]));
                unresolved.add(new Unknown(phrase, !before.isEmpty() && ARTICLES.contains(before.getLast())));
            }
        }
        if (mentions.isEmpty()) {
            tail(lower).ifPresent(span -> {
                Scored s = nearest(lower.substring(span[0], span[1]));
                if (accepts(s)) {
                    mentions.add(new Mention(span[0], span[1], s.entry, "similar", s.score));
                }
            });
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new Slots(mentions, unresolved);
    }

    private boolean accepts(Scored s) {
        return s.score >= thresholds.slotSimilarity(s.entry.kind()) && s.score - s.runnerUp >= thresholds.slotMargin();
    }

    /**
     * What follows the verb, without its article, when it is two words or more: a place described
     * rather than named ("where we cook", "the place where I sleep") is compared as a whole.
     */
    private static java.util.Optional<int[]> tail(String lower) {
        List<int[]> spans = Words.spans(lower);
        int from = 1;
        while (from < spans.size() && ARTICLES.contains(lower.substring(spans.get(from)[0], spans.get(from)[1]))) {
            from++;
        }
        if (spans.size() - from < 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new int[] {spans.get(from)[0], spans.getLast()[1]});
    }

    private record Scored(Vocabulary.Entry entry, double score, double runnerUp) {
    }

    private Scored nearest(String phrase) {
        float[] v = embedder.embed(phrase);
        Vocabulary.Entry best = null;
        double first = -2;
        double second = -2;
        for (Map.Entry<Vocabulary.Entry, List<float[]>> e : anchors.entrySet()) {
            double s = -2;
            for (float[] a : e.getValue()) {
                s = Math.max(s, Vectors.dot(v, a));
            }
            if (s > first) {
                second = first;
                first = s;
                best = e.getKey();
            } else if (s > second) {
                second = s;
            }
        }
        return new Scored(best, first, second);
    }

    /** Runs of consecutive words that are neither names already found, function words, nor skill words. */
    private List<int[]> candidateRuns(String lower, List<Mention> mentions) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int end = -1;
        int count = 0;
        List<int[]> spans = Words.spans(lower);
        for (int[] span : spans) {
            String w = lower.substring(span[0], span[1]);
            // The first word of an instruction is its verb ("trash the cereal ..."), not a name that
            // merely sounds like one ("trash bin"); exact names there ("kitchen, please") are found before.
            boolean verb = span == spans.getFirst() && spans.size() > 1;
            boolean named = mentions.stream().anyMatch(m -> m.overlaps(span[0], span[1]));
            // A hyphenated word ("bleach-white", "spick-and-span") describes; it does not name a thing.
            boolean hyphenated = span[0] > 0 && lower.charAt(span[0] - 1) == '-'
                    || span[1] < lower.length() && lower.charAt(span[1]) == '-';
            boolean content = !named && !hyphenated && !verb && !Words.FUNCTION.contains(w) && !phrases.isSkillWord(w)
                    && !Words.SUBSTANCES.contains(w)
                    && !w.chars().allMatch(Character::isDigit);
            if (content && count < MAX_RUN) {
                if (start < 0) {
                    start = span[0];
                }
                end = span[1];
                count++;
            } else {
                if (start >= 0) {
                    runs.add(new int[] {start, end});
                }
                start = content ? span[0] : -1;
                end = content ? span[1] : -1;
                count = content ? 1 : 0;
            }
        }
        if (start >= 0) {
            runs.add(new int[] {start, end});
        }
        return runs;
    }
}
