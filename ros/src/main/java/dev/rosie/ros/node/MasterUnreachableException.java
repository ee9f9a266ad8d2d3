package dev.rosie.ros.node;

import dev.rosie.core.RosieException;

/** The ROS master could not be reached within the retry policy. Retriable: it may come up later. */
public final class MasterUnreachableException extends RosieException {
    public MasterUnreachableException(String message, Throwable cause) {
        super(message, true, cause);
    }
}
