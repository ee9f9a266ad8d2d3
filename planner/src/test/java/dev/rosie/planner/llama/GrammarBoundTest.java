package dev.rosie.planner.llama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GrammarBoundTest {

    @Test
    void should_count_literal_bytes_and_take_the_longest_alternative() {
        assertThat(GrammarBound.maxBytes("root ::= \"ab\" (\"cde\" | \"f\") \"\\n\"")).isEqualTo(6);
    }

    @Test
    void should_multiply_bounded_repetitions_and_follow_rules() {
        String g = """
                root ::= "[" item ("," item){0,3} "]" space
                item ::= "\\"" char{1,10} "\\""   # a short string
                char ::= [^"\\\\\\x7F\\x00-\\x1F] | [\\\\] (["\\\\bfnrt] | "u" [0-9a-fA-F]{4})
                space ::= | " "
                """;
        // item: 2 quotes + 10 chars of at most 6 bytes (a \\uXXXX escape); 4 items, 3 commas, brackets, a space.
        assertThat(GrammarBound.maxBytes(g)).isEqualTo(2 + 4 * 62 + 3 + 1);
    }

    @Test
    void should_count_four_bytes_for_negated_classes_and_any_char() {
        assertThat(GrammarBound.maxBytes("root ::= [^a] . [a-z] [\\u00e9]?")).isEqualTo(4 + 4 + 1 + 2);
    }

    @Test
    void should_allow_rules_that_continue_on_indented_lines() {
        String g = "root ::= \"a\"\n    | \"bcd\"\n\nother ::= \"x\"\n";
        assertThat(GrammarBound.maxBytes(g)).isEqualTo(3);
    }

    @Test
    void should_reject_unbounded_repetition() {
        assertThatThrownBy(() -> GrammarBound.maxBytes("root ::= \"a\" x*\nx ::= \"b\""))
                .hasMessageContaining("repeats without an upper bound");
        assertThatThrownBy(() -> GrammarBound.maxBytes("root ::= [0-9]{1,}"))
                .hasMessageContaining("without an upper bound");
    }

    @Test
    void should_reject_recursion() {
        assertThatThrownBy(() -> GrammarBound.maxBytes("root ::= \"(\" root \")\" | \"x\""))
                .hasMessageContaining("recursive");
    }

    @Test
    void should_reject_undefined_rules_and_bad_syntax() {
        assertThatThrownBy(() -> GrammarBound.maxBytes("root ::= missing")).hasMessageContaining("'missing'");
        assertThatThrownBy(() -> GrammarBound.maxBytes("root = \"a\"")).hasMessageContaining("'::='");
        assertThatThrownBy(() -> GrammarBound.maxBytes("root ::= \"a")).hasMessageContaining("unclosed");
    }
}
