package dev.rosie.planner.llama;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.planner.llm.LlmFixtures;
import dev.rosie.planner.llm.WorldVocabulary;
import org.junit.jupiter.api.Test;

/** llama.cpp's own JSON-schema converter turns the decoding schema into a bounded grammar. */
class PlanGrammarIT {

    @Test
    void should_compile_to_a_grammar_with_a_finite_length_and_at_most_one_space() {
        PlanGrammar.Compiled compiled = PlanGrammar.compile(WorldVocabulary.of(LlmFixtures.world()));

        assertThat(compiled.gbnf()).contains("space ::= \" \"?").contains("\"\\\"kitchen door\\\"\"");
        assertThat(compiled.maxBytes()).isBetween(200L, 4000L);
    }
}
