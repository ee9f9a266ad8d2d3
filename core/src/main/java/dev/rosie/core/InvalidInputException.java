package dev.rosie.core;

/**
 * Input that can never be accepted as it is: a malformed map, config, payload or text. The message
 * names what was wrong and, where it helps, what would have been accepted. Never retriable.
 */
public class InvalidInputException extends RosieException {
    public InvalidInputException(String message) {
        super(message, false);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, false, cause);
    }
}
