package dev.rosie.planner.embedded;

import dev.rosie.planner.embedding.Embedder;
import dev.rosie.planner.embedding.Vectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Matches a clause to the skills whose exemplar phrasings it is most similar to. A skill's score
 * blends its best and second-best exemplar similarity, which favours a clause that resembles
 * several phrasings of a skill over one that happens to resemble a single odd exemplar, without
 * drowning a skill whose exemplars are deliberately diverse (out-of-scope requests).
 */
final class IntentMatcher {
    /** Weight of the best exemplar in a skill's score; the second best gets the rest. */
    static final double BEST_WEIGHT = 0.75;

    record Scored(Skill skill, double score) {
    }

    /** Skills ranked best first, and the single closest exemplar (for explanations). */
    record Intent(List<Scored> ranked, String nearest) {
        Intent {
            ranked = List.copyOf(ranked);
        }

        Skill skill() {
            return ranked.getFirst().skill();
        }

        double score() {
            return ranked.getFirst().score();
        }

        Skill runnerUp() {
            return ranked.get(1).skill();
        }

        double runnerUpScore() {
            return ranked.get(1).score();
        }

        double margin() {
            return score() - runnerUpScore();
        }
    }

    private record Exemplar(Skill skill, String text, float[] vector) {
    }

    private final Embedder embedder;
    private final List<Exemplar> exemplars = new ArrayList<>();

    /**
     * @param index embeds the exemplars (cacheable); {@code live} embeds clauses of commands
     * @param prepare rewrites each exemplar as clauses are rewritten before matching
     */
    IntentMatcher(SkillBook book, Embedder index, Embedder live, UnaryOperator<String> prepare) {
        this.embedder = live;
        List<Skill> skills = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        book.exemplars().forEach((skill, phrases) -> phrases.forEach(p -> {
            skills.add(skill);
            texts.add(prepare.apply(p));
        }));
        List<float[]> vectors = index.embedAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            exemplars.add(new Exemplar(skills.get(i), texts.get(i), vectors.get(i)));
        }
    }

    Intent classify(String clause) {
        float[] v = embedder.embed(clause);
        Map<Skill, double[]> best = new EnumMap<>(Skill.class);
        String nearest = "";
        double nearestScore = -2;
        for (Exemplar e : exemplars) {
            double s = Vectors.dot(v, e.vector());
            double[] top = best.computeIfAbsent(e.skill(), k -> new double[] {-2, -2});
            if (s > top[0]) {
                top[1] = top[0];
                top[0] = s;
            } else if (s > top[1]) {
                top[1] = s;
            }
            if (s > nearestScore) {
                nearestScore = s;
                nearest = e.text();
            }
        }
        List<Scored> ranked = new ArrayList<>();
        best.forEach((skill, top) -> ranked.add(new Scored(skill,
                top[1] < -1 ? top[0] : BEST_WEIGHT * top[0] + (1 - BEST_WEIGHT) * top[1])));
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
        return new Intent(ranked, nearest);
    }
}
