package dev.rosie.launch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.action.Clarification;
import dev.rosie.core.action.PlannerResult;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Screening;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.world.WorldSnapshot;
import dev.rosie.launch.wiring.EvaluationWorld;
import dev.rosie.launch.wiring.PlannerChoice;
import dev.rosie.launch.wiring.Planners;
import dev.rosie.perception.speech.CommandGrammar;
import dev.rosie.perception.speech.Lexicon;
import dev.rosie.planner.embedding.ModelFiles;
import dev.rosie.worldmodel.map.RosieMapLoader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every sentence the speech grammar favours for the reference apartment must be one the default
 * (embedded) planner acts on: neither a question back nor a refusal. The speech module's own test
 * checks the same against the rule-based planner.
 */
class EmbeddedGrammarAgreementIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void should_act_on_every_sentence_the_speech_grammar_favours() {
        WorldSnapshot world = EvaluationWorld.snapshot(new RosieMapLoader(CLOCK).referenceApartment(), CLOCK);
        CommandGrammar grammar = CommandGrammar.forHome(world.map(), Lexicon.everything());
        Map<String, String> notActedOn = new TreeMap<>();
        int checked = 0;
        try (Planners.Built embedded = Planners.create(PlannerChoice.EMBEDDED, ModelFiles.defaultCacheRoot())) {
            for (String sentence : new TreeSet<>(grammar.phrases())) {
                if (sentence.equals(CommandGrammar.UNKNOWN)
                        || List.of("rosie", "hey rosie", "ok rosie", "okay rosie").contains(sentence)) {
                    continue;
                }
                String text = sentence.startsWith("rosie ") ? sentence.substring(6) : sentence;
                Command command = new Command(new CommandId("c-" + checked++), text, Source.cli("alex", Trust.OWNER),
                        CLOCK.instant(), Screening.CLEAN);
                PlannerResult result = embedded.planner().plan(command, world);
                switch (result) {
                    case Clarification c -> notActedOn.put(text, "asked: " + c.question());
                    case Refusal r -> notActedOn.put(text, "refused: " + r.rule());
                    default -> {
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
        assertThat(notActedOn).isEmpty();
    }
}
