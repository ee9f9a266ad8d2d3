package dev.rosie.planner.llm;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.command.UntrustedText;
import dev.rosie.core.testing.TestMaps;
import dev.rosie.core.world.RobotState;
import dev.rosie.core.world.WorldSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The owner's commands against TestMaps' two rooms (living room, kitchen, kitchen door, stairs). */
public final class LlmFixtures {
    public static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    public static final CommandId ID = new CommandId("cmd-1");

    private LlmFixtures() {
    }

    public static Command command(String text) {
        return new Command(ID, text, Source.cli("alex", Trust.OWNER), NOW, Screening.CLEAN);
    }

    public static WorldSnapshot world(List<UntrustedText> notes) {
        return new WorldSnapshot(NOW, TestMaps.twoRooms(), new RobotState(TestMaps.TWO_ROOMS_DOCK, 0.8, true),
                Map.of("kitchen", NOW.minusSeconds(7200)), List.of(), notes);
    }

    public static WorldSnapshot world() {
        return world(List.of());
    }

    public static UntrustedText sign(String text) {
        return new UntrustedText(text, new Source(Channel.CAMERA, "unknown", Trust.UNTRUSTED), "kitchen", NOW.minusSeconds(60));
    }
}
