package dev.rosie.launch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SayCommandTest {
    @TempDir
    Path data;

    private CliRun say(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "say";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data";
        all[args.length + 2] = data.toString();
        return CliRun.of(all);
    }

    @Test
    void should_refuse_the_stairs_naming_the_rule() {
        CliRun run = say("go down the stairs");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.out()).contains("plan (embedded planner): navigate_to:stairs")
                .contains("safety guard: REFUSED, rule no-go-zone")
                .contains("no-go zone")
                .doesNotContain("step 1:");
    }

    @Test
    void should_understand_a_paraphrase_with_the_default_embedded_planner() {
        CliRun run = say("attack the crumbs in the cooking area");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.DONE);
        assertThat(run.out()).contains("plan (embedded planner): clean_area:kitchen -> dock")
                .contains("cleaning log: kitchen completed");
    }

    @Test
    void should_use_the_rule_based_fallback_when_asked() {
        CliRun run = say("go down the stairs", "--planner", "rules");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.out()).contains("plan (rule-based planner): navigate_to:stairs")
                .contains("rule no-go-zone");
    }

    @Test
    void should_politely_refuse_an_out_of_scope_request_without_a_plan() {
        CliRun run = say("order a pizza");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.out()).contains("out-of-scope").doesNotContain("step 1:");
    }

    @Test
    void should_clean_then_refuse_the_same_room_in_a_later_process() {
        CliRun first = say("clean the bathroom");
        CliRun second = say("clean the bathroom");

        assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(ExitCodes.DONE);
        assertThat(first.out()).contains("cleaning log: bathroom completed");
        assertThat(second.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(second.out()).contains("rule cleaning-cooldown").contains("I cleaned the bathroom");
    }

    @Test
    void should_not_let_a_guest_open_the_front_door() {
        CliRun run = say("open the front door", "--as", "guest");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.out()).contains("rule action-not-allowed");
    }

    @Test
    void should_refuse_to_pick_up_the_kitchen_knife_even_for_the_owner() {
        CliRun run = say("pick up the kitchen knife");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.out()).contains("rule hazardous-object");
    }

    @Test
    void should_name_the_known_rooms_when_asked_to_clean_an_unknown_one() {
        CliRun run = say("clean the garage");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).startsWith("rosie: ").contains("garage").contains("living room").contains("kitchen")
                .doesNotContain("\n");
    }

    @Test
    void should_reject_empty_text_in_one_line() {
        CliRun run = say("   ");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("rosie: the command is empty; say what you would like me to do");
    }

    @Test
    void should_reject_overlong_text_naming_the_limit() {
        CliRun run = say("clean the kitchen ".repeat(100));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("the limit is 500");
    }

    @Test
    void should_reject_an_unknown_speaker_listing_the_accepted_ones() {
        CliRun run = say("clean the kitchen", "--as", "admin");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("admin").contains("owner").contains("guest");
    }
}
