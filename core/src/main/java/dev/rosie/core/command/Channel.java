package dev.rosie.core.command;

import java.util.Locale;

/**
 * Where text entered Rosie. The first five can carry commands; {@link #CAMERA} and {@link #WORLD}
 * only ever carry data (a sign the camera read, a note stored in the world model).
 */
public enum Channel {
    VOICE(true),
    CLI(true),
    MQTT(true),
    ROS(true),
    SCHEDULE(true),
    CAMERA(false),
    WORLD(false);

    private final boolean carriesCommands;

    Channel(boolean carriesCommands) {
        this.carriesCommands = carriesCommands;
    }

    public boolean carriesCommands() {
        return carriesCommands;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
