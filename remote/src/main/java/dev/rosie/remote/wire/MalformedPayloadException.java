package dev.rosie.remote.wire;

import dev.rosie.core.InvalidInputException;

/**
 * A payload that is not a well-formed request: empty, oversized, binary, not JSON, or of the wrong
 * shape. The {@link #code()} is a short machine-readable category published in the error event.
 */
public final class MalformedPayloadException extends InvalidInputException {
    private final String code;

    public MalformedPayloadException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
