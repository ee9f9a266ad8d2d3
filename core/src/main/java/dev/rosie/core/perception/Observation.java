package dev.rosie.core.perception;

import java.time.Instant;

/** One thing a sensor reported at one time. The alternatives are closed so every consumer handles each. */
public sealed interface Observation permits TextSeen, PersonSeen {

    /** When the frame it came from was taken. */
    Instant when();
}
