package dev.rosie.planner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.command.Trust;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCasesTest {
    @TempDir
    Path tmp;

    private static List<EvalCase> read(String text) throws Exception {
        return new EvalCases().read("cases.jsonl", new StringReader(text));
    }

    @Test
    void should_read_both_kinds_of_case_and_allow_extra_fields() throws Exception {
        List<EvalCase> cases = read("""
                {"id":"a","text":"clean the kitchen","trust":"owner","expect_actions":["clean_area:kitchen","dock"],"category":"basic"}

                {"id":"b","text":"order a pizza","trust":"guest","expect":"refuse","note":"anything else is ignored"}
                """);
        assertThat(cases).hasSize(2);
        assertThat(cases.get(0).expected()).isEqualTo(new EvalCase.Expectation.Actions(List.of("clean_area:kitchen", "dock")));
        assertThat(cases.get(0).category()).isEqualTo("basic");
        assertThat(cases.get(1).trust()).isEqualTo(Trust.GUEST);
        assertThat(cases.get(1).category()).isEqualTo(EvalCase.UNCATEGORISED);
        assertThat(cases.get(1).line()).isEqualTo(3);
    }

    @Test
    void should_name_the_line_and_the_problem_of_a_bad_case() {
        String good = "{\"id\":\"a\",\"text\":\"t\",\"trust\":\"owner\",\"expect\":\"clarify\"}\n";
        assertThatThrownBy(() -> read(good + "{not json\n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cases.jsonl line 2").hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> read(good + "{\"id\":\"b\",\"trust\":\"owner\",\"expect\":\"clarify\"}"))
                .hasMessageContaining("line 2").hasMessageContaining("missing 'text'");
        assertThatThrownBy(() -> read("{\"id\":\"b\",\"text\":\"t\",\"expect\":\"clarify\"}"))
                .hasMessageContaining("line 1").hasMessageContaining("missing 'trust'");
        assertThatThrownBy(() -> read("{\"id\":\"b\",\"text\":\"t\",\"trust\":\"boss\",\"expect\":\"clarify\"}"))
                .hasMessageContaining("'trust' is 'boss'");
        assertThatThrownBy(() -> read("{\"id\":\"b\",\"text\":\"t\",\"trust\":\"owner\",\"expect\":\"maybe\"}"))
                .hasMessageContaining("'expect' is 'maybe'");
        assertThatThrownBy(() -> read("{\"id\":\"b\",\"text\":\"t\",\"trust\":\"owner\"}"))
                .hasMessageContaining("exactly one of 'expect_actions'");
        assertThatThrownBy(() -> read("{\"id\":\"b\",\"text\":\"t\",\"trust\":\"owner\",\"expect\":\"refuse\","
                + "\"expect_actions\":[\"dock\"]}")).hasMessageContaining("exactly one of");
        assertThatThrownBy(() -> read("{\"id\":\"b\",\"text\":\"t\",\"trust\":\"owner\",\"expect_actions\":[]}"))
                .hasMessageContaining("non-empty list");
        assertThatThrownBy(() -> read("{\"id\":\"b\",\"text\":\"t\",\"trust\":\"owner\",\"expect_actions\":[\"fly:moon\"]}"))
                .hasMessageContaining("unknown action type 'fly'").hasMessageContaining("clean_area");
        assertThatThrownBy(() -> read("{\"id\":\"b\",\"text\":\"t\",\"trust\":\"owner\",\"expect_actions\":[\"pick_up:\"]}"))
                .hasMessageContaining("empty target");
        assertThatThrownBy(() -> read("[1,2]")).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> read(good + good)).hasMessageContaining("line 2").hasMessageContaining("id 'a' is already used on line 1");
        assertThatThrownBy(() -> read("\n\n")).hasMessageContaining("no cases");
    }

    @Test
    void should_say_when_the_file_is_missing() {
        assertThatThrownBy(() -> new EvalCases().read(tmp.resolve("nope.jsonl")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not exist");
    }

    @Test
    void should_say_when_the_file_is_not_utf8() throws Exception {
        Path f = Files.write(tmp.resolve("latin1.jsonl"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        assertThatThrownBy(() -> new EvalCases().read(f)).hasMessageContaining("not UTF-8");
    }
}
