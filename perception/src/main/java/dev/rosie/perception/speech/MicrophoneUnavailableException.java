package dev.rosie.perception.speech;

import dev.rosie.core.RosieException;

/** There is no capture device Rosie can listen on. Not retriable until someone plugs one in. */
public final class MicrophoneUnavailableException extends RosieException {
    public MicrophoneUnavailableException(String message, Throwable cause) {
        super(message, false, cause);
    }
}
