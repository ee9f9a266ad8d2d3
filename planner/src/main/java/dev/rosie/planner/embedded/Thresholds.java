package dev.rosie.planner.embedded;

/**
 * The embedded planner's confidence settings, in cosine similarity (0 to 1 for these embeddings).
 *
 * @param intent a clause whose best skill scores below this is not understood: the planner asks
 * @param intentMargin ... and so is one whose two best skills are closer than this
 * @param outOfScope an out-of-scope match must reach this to be refused rather than asked about
 * @param placeSimilarity a phrase names a room, zone or the dock by similarity only from this score up
 *     ("the cooking area" is the kitchen at 0.72)
 * @param thingSimilarity ... and an object, door, person or pet only from this one: names of
 *     different things are closer to each other than descriptions of places ("blue shoe" scores
 *     0.61 against "sock")
 * @param slotMargin ... and only if the next best thing scores at least this much lower
 */
record Thresholds(double intent, double intentMargin, double outOfScope, double placeSimilarity,
        double thingSimilarity, double slotMargin) {
    Thresholds {
        for (double d : new double[] {intent, intentMargin, outOfScope, placeSimilarity, thingSimilarity, slotMargin}) {
            if (!(d >= 0 && d <= 1)) {
                throw new IllegalArgumentException("thresholds are similarities from 0 to 1, not " + d);
            }
        }
    }

    double slotSimilarity(Vocabulary.Kind kind) {
        return switch (kind) {
            case ROOM, ZONE, DOCK -> placeSimilarity;
            case OBJECT, DOOR, PERSON, CHILD, PET -> thingSimilarity;
        };
    }

    static Thresholds defaults() {
        return new Thresholds(0.6, 0.0, 0.5, 0.6, 0.7, 0.05);
    }
}
