package dev.rosie.planner.llm;

/**
 * How one record component of an action travels as JSON, and which part of the world's
 * vocabulary constrains it. Decided from the component's type and name, so a new action whose
 * component fits none of these fails {@link ActionCatalog} loudly instead of drifting silently.
 */
public enum ParamKind {
    /** A room name ({@code String room}). */
    ROOM,
    /** An object name ({@code String object}). */
    OBJECT,
    /** A door name ({@code String door}). */
    DOOR,
    /** Any named place: room, object, door, zone or the dock ({@code String location|target}). */
    PLACE,
    /** Free text to speak ({@code String text}). */
    TEXT,
    /** A {@link dev.rosie.core.action.Target}: a place name, or {@code {"x":..,"y":..}} in metres. */
    TARGET,
    /** A {@link java.time.Duration}, as whole seconds. */
    SECONDS,
    /** An enum, by its lower-case constant names. */
    ENUM
}
