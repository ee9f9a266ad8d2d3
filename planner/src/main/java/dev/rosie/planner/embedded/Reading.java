package dev.rosie.planner.embedded;

import java.util.Optional;

/**
 * How the planner understood one fragment: the names in it, whether it is only a name, and for an
 * instruction, the skill it matched.
 */
record Reading(Fragment fragment, SlotFinder.Slots slots, boolean bareName, Optional<IntentMatcher.Intent> intent) {

    boolean isAction() {
        return fragment.isAction();
    }

    String text() {
        return fragment.text();
    }

    /** An instruction the planner understood well enough to act on or refuse. */
    boolean confident(Thresholds t) {
        return intent.map(i -> i.score() >= (i.skill() == Skill.OUT_OF_SCOPE ? t.outOfScope() : t.intent())
                && i.margin() >= t.intentMargin()).orElse(true);
    }

    Optional<Skill> skill() {
        return intent.map(IntentMatcher.Intent::skill);
    }
}
