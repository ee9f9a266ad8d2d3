package dev.rosie.core.world;

/** What a zone means to the robot. */
public enum ZoneKind {
    /** Never enter, whoever asks: stairs, balcony edge. */
    NO_GO
}
