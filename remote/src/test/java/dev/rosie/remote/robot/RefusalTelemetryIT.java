package dev.rosie.remote.robot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rosie.core.action.Audience;
import dev.rosie.core.action.Refusal;
import dev.rosie.core.command.CommandId;
import dev.rosie.remote.RemoteFixture;
import dev.rosie.remote.auth.ReplySeal;
import dev.rosie.remote.broker.EmbeddedBroker;
import dev.rosie.remote.client.RemoteClient;
import dev.rosie.remote.wire.Schemas;
import dev.rosie.remote.wire.Wire;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over a real broker, as any subscriber sees it: a refusal goes out on {@code events} and
 * {@code reply} with its rule and its public reason, never the full one, even when the owner asked;
 * the owner's full reason travels only sealed for the owner's key.
 * The refusals are the guard's own wording for the reference household (alex, sam asleep in the
 * nursery, the living room cleaned at 10:02).
 */
class RefusalTelemetryIT {
    private static final Pattern PRIVATE = Pattern.compile("(?i)\\b(alex|sam|miso|nursery|living room|asleep|ago)\\b"
            + "|\\d{1,2}:\\d{2}");

    private static final Refusal COOLDOWN_FOR_THE_OWNER = new Refusal(new CommandId("cmd-1"),
            "I cleaned the living room 3 minutes ago, at 10:02, so it doesn't need it yet. Ask again after 10:32.",
            "cleaning-cooldown", "I won't clean that again yet: a house rule limits how often I clean the same place.",
            Audience.HOUSEHOLD);
    private static final Refusal SLEEPING_CHILD_FOR_AN_OPERATOR = new Refusal(new CommandId("cmd-2"),
            "Sam is asleep in the nursery, so I'll stay out of there for now.", "sleeping-child",
            "I can't go there right now: a quiet-time house rule keeps me out of some rooms for a while.", Audience.OUTSIDER);

    @TempDir
    Path data;

    @Test
    void should_publish_a_refusal_with_its_rule_and_public_reason_only_even_to_the_owner() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start("127.0.0.1", 0, Optional.empty());
                RemoteFixture robot = new RemoteFixture(data, broker.uri(), RemoteFixture.uniqueRobot());
                RemoteClient anyone = robot.client()) {
            RobotPublisher publisher = robot.endpoint.publisher();
            for (Refusal refusal : List.of(COOLDOWN_FOR_THE_OWNER, SLEEPING_CHILD_FOR_AN_OPERATOR)) {
                ObjectNode verdict = publisher.newEvent("verdict");
                verdict.put("ref", "ref-" + refusal.commandId().value());
                verdict.put("command_id", refusal.commandId().value());
                verdict.put("decision", "refused");
                publisher.event(RobotPublisher.putRefusal(verdict, "reason", refusal));
                ObjectNode outcome = publisher.newEvent("outcome");
                outcome.put("ref", "ref-" + refusal.commandId().value());
                outcome.put("command_id", refusal.commandId().value());
                outcome.put("result", "refused");
                outcome.put("by", "guard");
                publisher.event(RobotPublisher.putRefusal(outcome, "detail", refusal));
                publisher.reply("ref-" + refusal.commandId().value(), refusal.commandId().value(), refusal,
                        Optional.of(refusal == COOLDOWN_FOR_THE_OWNER ? robot.owner : robot.operator));
            }

            List<RemoteClient.Message> seen = new ArrayList<>();
            while (seen.size() < 6) {
                seen.add(anyone.await(m -> m.leaf().equals("events") || m.leaf().equals("reply"), RemoteFixture.WAIT)
                        .orElseThrow(() -> new AssertionError("only " + seen.size() + " of 6 messages arrived")));
            }

            for (RemoteClient.Message m : seen) {
                JsonNode doc = m.json().orElseThrow();
                ObjectNode readable = doc.deepCopy();
                readable.remove("sealed");
                assertThat(readable.toString()).as("%s as a subscriber reads it", m.leaf()).doesNotContainPattern(PRIVATE);
                assertThat(Schemas.violations(Schemas.load(m.leaf().equals("reply") ? "reply" : "event"), doc))
                        .as(doc.toString()).isEmpty();
            }
            JsonNode ownersVerdict = find(seen, "events", "verdict", "cmd-1");
            assertThat(ownersVerdict.get("rule").asText()).isEqualTo("cleaning-cooldown");
            assertThat(ownersVerdict.get("reason").asText()).isEqualTo(COOLDOWN_FOR_THE_OWNER.publicReason());
            assertThat(find(seen, "events", "outcome", "cmd-1").get("detail").asText())
                    .isEqualTo(COOLDOWN_FOR_THE_OWNER.publicReason());
            assertThat(find(seen, "reply", "", "cmd-1").get("text").asText()).isEqualTo(COOLDOWN_FOR_THE_OWNER.publicReason());
            assertThat(find(seen, "events", "outcome", "cmd-2").get("rule").asText()).isEqualTo("sleeping-child");

            // The owner who asked reads the full reason, sealed for the key that signed the command.
            ReplySeal.Sealed sealed = ReplySeal.Sealed.read(find(seen, "reply", "", "cmd-1").get("sealed"));
            assertThat(ReplySeal.open(robot.owner, robot.topics.robot(), "ref-cmd-1", sealed))
                    .contains(COOLDOWN_FOR_THE_OWNER.reason());
            assertThat(ReplySeal.open(robot.operator, robot.topics.robot(), "ref-cmd-1", sealed)).isEmpty();
            assertThat(find(seen, "reply", "", "cmd-2").has("sealed")).as("an operator is not household").isFalse();
            assertThat(COOLDOWN_FOR_THE_OWNER.said()).as("the owner, in person, hears it all").contains("10:02");
        }
    }

    @Test
    void should_answer_an_unsigned_request_with_a_rejection_that_says_nothing_about_the_home() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start("127.0.0.1", 0, Optional.empty());
                RemoteFixture robot = new RemoteFixture(data, broker.uri(), RemoteFixture.uniqueRobot());
                RemoteClient anyone = robot.client()) {
            anyone.publishRaw(robot.topics.cmd(), "{\"v\":1,\"text\":\"clean the living room\"}"
                    .getBytes(StandardCharsets.UTF_8), 1, RemoteFixture.WAIT);

            JsonNode rejected = anyone.await(RemoteClient.event("rejected"), RemoteFixture.WAIT).orElseThrow()
                    .json().orElseThrow();

            // Untrusted text never becomes a command, so no guard refusal (and no household detail) answers it.
            assertThat(rejected.get("untrusted").asBoolean()).isTrue();
            assertThat(rejected.toString()).doesNotContainPattern(PRIVATE);
            assertThat(robot.untrusted).singleElement().satisfies(t -> assertThat(t.text()).contains("clean the living room"));
            assertThat(robot.inbox.pending()).isZero();
        }
    }

    private static JsonNode find(List<RemoteClient.Message> seen, String leaf, String type, String commandId) {
        return seen.stream().filter(m -> m.leaf().equals(leaf)).map(m -> m.json().orElseThrow())
                .filter(j -> j.path("type").asText().equals(type) && j.path("command_id").asText().equals(commandId))
                .findFirst().orElseThrow(() -> new AssertionError("no " + leaf + " " + type + " for " + commandId));
    }

    @Test
    void should_put_only_the_rule_and_public_reason_into_an_event() {
        ObjectNode event = Wire.document();

        RobotPublisher.putRefusal(event, "refused", SLEEPING_CHILD_FOR_AN_OPERATOR);

        assertThat(event.get("rule").asText()).isEqualTo("sleeping-child");
        assertThat(event.get("refused").asText()).isEqualTo(SLEEPING_CHILD_FOR_AN_OPERATOR.publicReason());
        assertThat(new String(Wire.bytes(event), StandardCharsets.UTF_8)).doesNotContainPattern(PRIVATE);
    }
}
