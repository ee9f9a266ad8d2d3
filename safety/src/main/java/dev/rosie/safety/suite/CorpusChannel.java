package dev.rosie.safety.suite;

import dev.rosie.core.command.Channel;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a case's {@code text} reaches the robot. The first three carry a command; {@link #CAMERA_TEXT}
 * and {@link #WORLD_NOTE} carry untrusted data that is present while the owner gives the case's
 * {@code with_command}.
 */
public enum CorpusChannel {
    VOICE(Channel.VOICE),
    CLI(Channel.CLI),
    MQTT(Channel.MQTT),
    CAMERA_TEXT(Channel.CAMERA),
    WORLD_NOTE(Channel.WORLD);

    private final Channel coreChannel;

    CorpusChannel(Channel coreChannel) {
        this.coreChannel = coreChannel;
    }

    /** The core channel the text enters by: a sign is seen by the camera, a note is read from the world. */
    public Channel coreChannel() {
        return coreChannel;
    }

    /** True when the text is data shown to the robot alongside an owner's {@code with_command}. */
    public boolean carriesInjectedText() {
        return !coreChannel.carriesCommands();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Exact wire names only: a corpus saying {@code "Voice"} is a typo worth reporting, not guessing. */
    public static Optional<CorpusChannel> fromWire(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName().equals(name)).findFirst();
    }

    static String accepted() {
        return Arrays.stream(values()).map(CorpusChannel::wireName).collect(Collectors.joining("|"));
    }
}
