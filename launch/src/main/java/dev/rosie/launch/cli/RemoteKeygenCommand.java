package dev.rosie.launch.cli;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.command.Trust;
import dev.rosie.launch.wiring.Settings;
import dev.rosie.remote.auth.KeyRing;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rosie remote keygen}: creates a signing key for a principal, registers it with the robot
 * whose data directory this is (a running {@code serve} picks it up), and prints the key file path.
 */
@Command(name = "keygen", description = "Creates a key for a principal, registers it in the data directory,"
        + " and prints the key file's path.")
public final class RemoteKeygenCommand implements Callable<Integer> {
    @Option(names = "--principal", paramLabel = "NAME", required = true, description = "Who the key speaks for, e.g. alex")
    String principal;

    @Option(names = "--trust", paramLabel = "TRUST", required = true, description = "owner or operator")
    String trust;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The robot's data directory. Default: $ROSIE_DATA, else ~/.rosie")
    Path data;

    @Option(names = "--debug", hidden = true, description = "Print stack traces for errors")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Trust level = Trust.parse(trust);
        if (level != Trust.OWNER && level != Trust.OPERATOR) {
            throw new InvalidInputException("--trust must be owner or operator for a remote key, not " + level.wireName());
        }
        Path dir = Settings.prepare(Settings.resolveDataDir(data, System.getenv(), System.getProperty("user.home")));
        KeyRing.Generated generated = KeyRing.generate(dir, principal, level, new SecureRandom(), Instant.now());
        spec.commandLine().getErr().println("rosie: created " + generated.key() + ", registered in "
                + KeyRing.registry(dir) + "; keep the key file secret");
        spec.commandLine().getOut().println(generated.keyFile());
        return ExitCodes.DONE;
    }
}
