package dev.rosie.webots;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The controller's arguments: the {@code controllerArgs} field of the robot in the world file. Webots
 * gives a controller no terminal, so what Rosie is asked to do comes from here, typed by whoever
 * edits the world; that person is at the machine, so the channel is the CLI's.
 *
 * <pre>
 *   --command TEXT      a command, as typed (repeatable; run in order)
 *   --commands FILE     more commands, one per line (blank lines and # comments skipped)
 *   --as owner|guest    who is speaking: alex (owner, the default) or the guest
 *   --data DIR          world-model directory (default $ROSIE_WEBOTS_DATA, else ~/.rosie/webots)
 *   --map FILE          the Rosie map the world was generated from (default: the reference apartment)
 *   --policy FILE       safety policy (default: the reference policy)
 *   --exit-when-done    end the controller after the last command instead of holding the robot stopped
 * </pre>
 */
public record ControllerArgs(List<String> commands, Source source, Path dataDir, Optional<Path> map,
        Optional<Path> policy, boolean exitWhenDone) {
    public static final String DATA_ENV = "ROSIE_WEBOTS_DATA";

    public ControllerArgs {
        commands = List.copyOf(commands);
    }

    /** Parses {@code args}; every mistake is an {@link InvalidInputException} naming the argument. */
    public static ControllerArgs parse(String[] args, Map<String, String> env, String userHome) {
        List<String> commands = new ArrayList<>();
        Source source = Source.cli("alex", Trust.OWNER);
        Path data = null;
        Path map = null;
        Path policy = null;
        boolean exit = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--command" -> {
                    String text = value(args, i++, a);
                    if (text.isBlank()) {
                        throw new InvalidInputException("controllerArgs: --command: the command is empty");
                    }
                    commands.add(text);
                }
                case "--commands" -> commands.addAll(readCommands(Path.of(value(args, i++, a))));
                case "--as" -> {
                    String who = value(args, i++, a);
                    source = switch (who) {
                        case "owner" -> Source.cli("alex", Trust.OWNER);
                        case "guest" -> Source.cli("guest", Trust.GUEST);
                        default -> throw new InvalidInputException("controllerArgs: --as: '" + who
                                + "' is neither owner nor guest");
                    };
                }
                case "--data" -> data = Path.of(value(args, i++, a));
                case "--map" -> map = Path.of(value(args, i++, a));
                case "--policy" -> policy = Path.of(value(args, i++, a));
                case "--exit-when-done" -> exit = true;
                default -> throw new InvalidInputException("controllerArgs: unknown argument '" + a
                        + "'; known: --command, --commands, --as, --data, --map, --policy, --exit-when-done");
            }
        }
        if (commands.isEmpty()) {
            throw new InvalidInputException("controllerArgs: no command given: add --command TEXT or --commands FILE"
                    + " to the robot's controllerArgs");
        }
        if (data == null) {
            String fromEnv = env.get(DATA_ENV);
            data = fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : Path.of(userHome, ".rosie", "webots");
        }
        return new ControllerArgs(commands, source, data.toAbsolutePath().normalize(), Optional.ofNullable(map),
                Optional.ofNullable(policy), exit);
    }

    private static String value(String[] args, int i, String name) {
        if (i + 1 >= args.length) {
            throw new InvalidInputException("controllerArgs: " + name + " needs a value");
        }
        return args[i + 1];
    }

    static List<String> readCommands(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read the commands file (" + e.getMessage() + ")", e);
        }
        List<String> commands = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                commands.add(text);
            }
        }
        if (commands.isEmpty()) {
            throw new InvalidInputException(file + ": the commands file holds no command (one per line; # starts a comment)");
        }
        return commands;
    }
}
