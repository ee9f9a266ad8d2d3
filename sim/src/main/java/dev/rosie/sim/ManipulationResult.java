package dev.rosie.sim;

/**
 * What became of a request to the gripper or the door opener. Failing for a physical reason is a
 * normal outcome, not an error: the executor reports it and may try again from elsewhere.
 */
public enum ManipulationResult {
    /** It was done. */
    DONE,
    /** Nothing to do: the door was already that way. */
    ALREADY,
    /** Too far away, or behind the body. */
    OUT_OF_REACH,
    /** Fixed in place: furniture, or an object tagged {@code fixed}. */
    NOT_MOVABLE,
    /** The gripper already holds something. */
    GRIPPER_FULL,
    /** Nothing in the gripper to put down. */
    GRIPPER_EMPTY,
    /** No room to put it down in front of the body: a wall, a closed door or someone is there. */
    NO_ROOM,
    /** The door cannot close: something is in the doorway. */
    BLOCKED,
    /** The body must be standing still to pick up. */
    MOVING
}
