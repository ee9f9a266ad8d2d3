package dev.rosie.planner.embedded;

/**
 * A stretch {@code [start, end)} of a clause that names something the world model knows.
 *
 * @param how {@code exact} (the name), {@code alias} (a glossary or derived alias) or {@code similar}
 *     (embedding similarity, with its {@code score})
 */
record Mention(int start, int end, Vocabulary.Entry entry, String how, double score) {
    Mention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
