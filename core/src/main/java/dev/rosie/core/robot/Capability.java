package dev.rosie.core.robot;

/** What a body can do beyond driving. The executor fails an action cleanly when a capability is missing. */
public enum Capability {
    DRIVE,
    SUCTION,
    GRIPPER,
    DOOR_OPENER,
    CAMERA
}
