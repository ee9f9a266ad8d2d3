package dev.rosie.worldmodel.query;

import java.util.Objects;

/** A question the world model can answer from its log. Names are as the asker said them. */
public sealed interface Question {

    /** "When was the kitchen last cleaned?" */
    record LastCleaned(String room) implements Question {
        public LastCleaned {
            room = requireText(room, "room");
        }
    }

    /** "Which rooms haven't been cleaned today?" (today in the household's zone). */
    record NotCleanedToday() implements Question {
    }

    /** "Where is the sock?", "Where is miso?", "Where are you?" */
    record WhereIs(String thing) implements Question {
        public WhereIs {
            thing = requireText(thing, "thing");
        }
    }

    /** "What did you do yesterday?" */
    record WhatDidYouDo(Day day) implements Question {
        public WhatDidYouDo {
            Objects.requireNonNull(day, "day");
        }
    }

    /** The days a question can be about, relative to now in the household's zone. */
    enum Day {
        TODAY,
        YESTERDAY
    }

    private static String requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("a question needs a " + what);
        }
        return s.strip();
    }
}
