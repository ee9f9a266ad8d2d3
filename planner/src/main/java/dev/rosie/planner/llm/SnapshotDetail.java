package dev.rosie.planner.llm;

/** How much of a world snapshot a prompt renders, most first; the builder steps down to meet its budget. */
public enum SnapshotDetail {
    /** Everything: objects with class and tags, door sides, sighting ages, full untrusted texts. */
    FULL,
    /** Objects by name per room, fresh sightings only, untrusted texts cut to a few hundred characters. */
    BRIEF,
    /** Rooms, doors and zones by name, object counts per room, the newest untrusted texts cut short. */
    MINIMAL
}
