package dev.rosie.planner.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a command's fragments: finds the names in each, tells bare names from instructions, matches
 * instructions to skills, and reads again together a piece cut off at a comma or a bare "and" that
 * makes no sense alone ("let some air in, open the balcony door"; "tell alex dinner is ready and
 * the table is set").
 */
final class ClauseReader {
    /** How much better the reading with unknown names as "the thing" must be to be preferred. */
    static final double MASKED_ADVANTAGE = 0.1;

    private final Vocabulary vocabulary;
    private final Phrases phrases;
    private final SlotFinder slots;
    private final IntentMatcher intents;
    private final Thresholds thresholds;

    ClauseReader(Vocabulary vocabulary, Phrases phrases, SlotFinder slots, IntentMatcher intents, Thresholds thresholds) {
        this.vocabulary = vocabulary;
        this.phrases = phrases;
        this.slots = slots;
        this.intents = intents;
        this.thresholds = thresholds;
    }

    List<Reading> read(List<Fragment> fragments) {
        List<Reading> readings = new ArrayList<>();
        for (Fragment f : fragments) {
            readings.add(read(f));
        }
        mergeUnclearPieces(readings);
        return readings;
    }

    Reading read(Fragment f) {
        SlotFinder.Slots found = slots.find(f.text());
        if (!f.isAction()) {
            return new Reading(f, found, false, Optional.empty());
        }
        boolean bare = phrases.isBareName(f.text(), vocabulary);
        if (bare) {
            return new Reading(f, found, true, Optional.empty());
        }
        IntentMatcher.Intent intent = intents.classify(Placeholders.apply(f.text(), found.mentions()));
        if (found.unknownName().isPresent()) {
            // "pick up the newspaper": an unknown name may be a thing we do not know (ask about it) or
            // the sign of a request we cannot do ("order a pizza"). Read it both ways; the
            // name reading wins only when it makes clearly more sense.
            IntentMatcher.Intent masked = intents.classify(Placeholders.apply(f.text(), found.mentions(),
                    found.unresolved()));
            if (masked.score() >= intent.score() + MASKED_ADVANTAGE) {
                intent = masked;
            }
        }
        return new Reading(f, found, false, Optional.of(intent));
    }

    private void mergeUnclearPieces(List<Reading> readings) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < readings.size() && !changed; i++) {
                Reading r = readings.get(i);
                boolean unclear = r.isAction() && !r.bareName() && !r.confident(thresholds);
                boolean restOfSay = r.isAction() && followsSay(readings, i) && (r.bareName() || unclear);
                if (!unclear && !restOfSay) {
                    continue;
                }
                boolean prev = i > 0 && readings.get(i - 1).isAction() && r.fragment().before() == Fragment.Boundary.WEAK;
                boolean next = i + 1 < readings.size() && readings.get(i + 1).isAction()
                        && readings.get(i + 1).fragment().before() == Fragment.Boundary.WEAK;
                int j = restOfSay ? i - 1 : next ? i + 1 : prev ? i - 1 : -1;
                if (j < 0) {
                    continue;
                }
                int a = Math.min(i, j);
                Fragment first = readings.get(a).fragment();
                readings.set(a, read(first.withText(first.text() + ", " + readings.get(a + 1).text())));
                readings.remove(a + 1);
                changed = true;
            }
        }
    }

    /** Whether the piece at {@code i} is cut off by a weak boundary from something to say. */
    private static boolean followsSay(List<Reading> readings, int i) {
        return i > 0 && readings.get(i).fragment().before() == Fragment.Boundary.WEAK
                && readings.get(i - 1).skill().filter(s -> s == Skill.SAY).isPresent();
    }
}
