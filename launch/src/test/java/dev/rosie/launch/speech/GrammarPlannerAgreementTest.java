package dev.rosie.launch.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.Clarification;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.launch.wiring.Robot;
import dev.rosie.launch.wiring.RobotFactory;
import dev.rosie.launch.wiring.Settings;
import dev.rosie.perception.speech.CommandGrammar;
import dev.rosie.perception.speech.Lexicon;
import dev.rosie.planner.rules.RuleBasedPlanner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speech grammar favours sentences; they had better be sentences the planner understands. Built
 * from the real reference apartment map, as the CLI builds it, and read by the rule-based planner.
 */
class GrammarPlannerAgreementTest {
    /**
     * Sentences with number words: the rule-based planner reads "wait 10 seconds" but not "wait ten
     * seconds" (a planner gap, left to the planner's owners). They stay in the grammar because that is
     * how people say them, and the planner asks back instead of guessing.
     */
    private static final Set<String> PLANNER_GAPS = Set.of("wait ten seconds", "wait thirty seconds", "wait one minute",
            "wait two minutes", "wait five minutes", "wait a minute");

    @TempDir
    Path data;

    @Test
    void should_only_favour_sentences_the_planner_understands() {
        WorldSnapshot snapshot;
        try (Robot robot = new RobotFactory(new Settings(data, Optional.empty(), Optional.empty()), ZoneOffset.UTC)
                .open(Instant.parse("2026-01-01T10:00:00Z"), event -> { })) {
            snapshot = robot.world().snapshot();
        }
        CommandGrammar grammar = CommandGrammar.forHome(snapshot.map(), Lexicon.everything());
        RuleBasedPlanner planner = new RuleBasedPlanner();
        Set<String> unclear = new TreeSet<>();
        int checked = 0;
        for (String sentence : new TreeSet<>(grammar.phrases())) {
            if (sentence.equals(CommandGrammar.UNKNOWN) || List.of("rosie", "hey rosie", "ok rosie", "okay rosie").contains(sentence)) {
                continue;
            }
            String text = sentence.startsWith("rosie ") ? sentence.substring(6) : sentence;
            Command command = new Command(new CommandId("c-" + checked++), text, Source.cli("alex", Trust.OWNER),
                    Instant.parse("2026-01-01T10:00:00Z"), Screening.CLEAN);
            if (planner.plan(command, snapshot) instanceof Clarification) {
                unclear.add(text);
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(unclear).isSubsetOf(PLANNER_GAPS);
    }
}
