package dev.rosie.launch.mission;

import dev.rosie.core.InvalidInputException;
import java.nio.file.Path;

/** A mission file that cannot run: names the file, the field and the reason (exit code 2). */
public final class MissionException extends InvalidInputException {
    private final transient Path file;
    private final String field;
    private final String reason;

    public MissionException(Path file, String field, String reason) {
        super("mission " + file + ": " + field + ": " + reason);
        this.file = file;
        this.field = field;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
