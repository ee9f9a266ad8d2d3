package dev.rosie.launch.cli;

import dev.rosie.core.ManualClock;
import dev.rosie.launch.wiring.MapChoice;
import dev.rosie.launch.wiring.Settings;
import dev.rosie.safety.Policy;
import dev.rosie.safety.PolicyLoader;
import dev.rosie.safety.PrivacyRules;
import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.worldmodel.query.Answer;
import dev.rosie.worldmodel.query.Question;
import dev.rosie.worldmodel.query.QuestionMatcher;
import dev.rosie.worldmodel.query.WorldQueries;
import dev.rosie.worldmodel.store.SqliteWorldModel;
import dev.rosie.worldmodel.store.StoreOptions;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rosie ask "QUESTION"}: answers from the robot's memory in one line, times in local time.
 * The question is matched against a few phrasings ({@link QuestionMatcher}); anything else gets a
 * list of what is understood and exit code 2, rather than a guess.
 */
@Command(name = "ask", description = {"Answers a question from the robot's memory, e.g.",
    "\"when was the kitchen last cleaned?\", \"which rooms haven't been cleaned today?\",",
    "\"where is the sock?\", \"what did you do yesterday?\""})
public final class AskCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, in quotes")
    String question;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone for the answer, e.g. Europe/Berlin (default: the system's)")
    String zone;

    /** Answers as of another moment: for replaying a log, and for tests that must not depend on the wall clock. */
    @Option(names = "--now", paramLabel = "INSTANT", hidden = true)
    Instant now;

    @Option(names = "--as", paramLabel = "TRUST", defaultValue = "owner",
            description = "Who is asking: owner, operator, guest or untrusted (default: ${DEFAULT-VALUE}). Questions about"
                    + " the household's routine are answered only to those the policy allows.")
    String asker;

    @Option(names = "--channel", paramLabel = "CHANNEL", defaultValue = "cli",
            description = "Where the question came from: cli, voice, mqtt (default: ${DEFAULT-VALUE})")
    String channel;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Source source;
        try {
            Trust trust = Trust.parse(asker);
            source = new Source(channel(), trust.wireName(), trust);
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Optional<Question> parsed = new QuestionMatcher().match(question);
        ZoneId z = zone();
        ManualClock clock = new ManualClock(now != null ? now : Instant.now(), z);
        Path data = Settings.prepare(common.dataDir());
        Settings settings = common.settings(data);
        MapChoice choice = MapChoice.load(settings, clock);
        Policy policy = settings.policyFile().map(new PolicyLoader()::load).orElseGet(new PolicyLoader()::loadReference);
        try (SqliteWorldModel world = SqliteWorldModel.open(data, choice.map(), clock,
                StoreOptions.defaults().withSightingMaxAge(policy.sightingMaxAge()))) {
            // Privacy first: a question about who is home when is refused by rule, whether or not it
            // could be answered, so the refusal names the rule instead of "I don't understand".
            if (!new PrivacyRules(policy.privacy()).mayAnswer(source, question, world.snapshot())) {
                spec.commandLine().getErr().println("rosie: " + PrivacyRules.routineRefusal() + " (rule "
                        + PrivacyRules.PRIVATE_ROUTINE + ")");
                return ExitCodes.REFUSED;
            }
            if (parsed.isEmpty()) {
                spec.commandLine().getErr().println("rosie: I can't answer \"" + question.strip()
                        + "\" from memory; I understand questions like: " + String.join(" / ", QuestionMatcher.EXAMPLES));
                return ExitCodes.USAGE;
            }
            Answer answer = new WorldQueries(world, clock, z).answer(parsed.get());
            if (answer instanceof Answer.Unknown unknown) {
                spec.commandLine().getErr().println("rosie: " + unknown.text());
                return ExitCodes.USAGE;
            }
            spec.commandLine().getOut().println(answer.text());
            return ExitCodes.DONE;
        }
    }

    private Channel channel() {
        for (Channel c : Channel.values()) {
            if (c.wireName().equals(channel.strip().toLowerCase(java.util.Locale.ROOT)) && c.carriesCommands()) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown channel '" + channel + "'; use cli, voice, mqtt, ros or schedule");
    }

    private ZoneId zone() {
        if (zone == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "unknown time zone '" + zone + "'; use a region such as Europe/Berlin or an offset such as +01:00");
        }
    }
}
