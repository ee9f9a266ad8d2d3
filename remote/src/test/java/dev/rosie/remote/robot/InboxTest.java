package dev.rosie.remote.robot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxTest {
    @TempDir
    Path data;

    private static RemoteCommand command(String ref, String text) {
        return new RemoteCommand(0, ref, text, new Source(Channel.MQTT, "alex", Trust.OWNER), "k1",
                Instant.parse("2025-01-31T10:00:00Z"));
    }

    @Test
    void should_hand_out_commands_in_the_order_they_were_accepted() {
        Inbox inbox = Inbox.open(data, 10);
        assertThat(inbox.offer(command("a000000000000000", "clean the kitchen"))).contains(0);
        assertThat(inbox.offer(command("b000000000000000", "clean the bathroom"))).contains(1);

        assertThat(inbox.take()).map(RemoteCommand::text).contains("clean the kitchen");
        assertThat(inbox.take()).map(RemoteCommand::text).contains("clean the bathroom");
        assertThat(inbox.take()).isEmpty();
    }

    @Test
    void should_keep_accepted_commands_across_a_restart_until_they_complete() {
        Inbox first = Inbox.open(data, 10);
        first.offer(command("a000000000000000", "clean the kitchen"));
        first.offer(command("b000000000000000", "clean the bathroom"));
        RemoteCommand started = first.take().orElseThrow();

        Inbox second = Inbox.open(data, 10);
        assertThat(second.pending()).isEqualTo(2);
        assertThat(second.take()).map(RemoteCommand::ref).contains(started.ref());

        second.complete(started);
        Inbox third = Inbox.open(data, 10);
        assertThat(third.take()).map(RemoteCommand::text).contains("clean the bathroom");
        assertThat(third.offer(command("c000000000000000", "dock"))).isPresent();
        assertThat(third.take()).map(RemoteCommand::seq).contains(2L);
    }

    @Test
    void should_refuse_more_than_its_capacity_without_writing_anything() throws Exception {
        Inbox inbox = Inbox.open(data, 2);
        inbox.offer(command("a000000000000000", "one"));
        inbox.offer(command("b000000000000000", "two"));

        assertThat(inbox.offer(command("c000000000000000", "three"))).isEmpty();
        try (var files = Files.list(Inbox.directory(data))) {
            assertThat(files.toList()).hasSize(2);
        }
    }

    @Test
    void should_set_a_damaged_entry_aside_and_keep_the_rest() throws Exception {
        Inbox inbox = Inbox.open(data, 10);
        inbox.offer(command("a000000000000000", "one"));
        inbox.offer(command("b000000000000000", "two"));
        Files.writeString(Inbox.directory(data).resolve("000000000000.json"), "{\"v\":1,\"seq\":0,");

        Inbox reopened = Inbox.open(data, 10);

        assertThat(reopened.take()).map(RemoteCommand::text).contains("two");
        try (var files = Files.list(Inbox.directory(data))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).contains("000000000000.json.damaged");
        }
        assertThat(List.of(reopened.pending())).containsExactly(1);
    }

    @Test
    void should_keep_the_channel_a_command_came_in_on_across_a_restart() {
        Inbox first = Inbox.open(data, 10);
        first.offer(new RemoteCommand(0, "r000000000000000", "clean the office", new Source(Channel.ROS, "ops", Trust.OPERATOR),
                "", Instant.parse("2025-01-31T10:00:00Z")));

        RemoteCommand reloaded = Inbox.open(data, 10).take().orElseThrow();

        assertThat(reloaded.source()).isEqualTo(new Source(Channel.ROS, "ops", Trust.OPERATOR));
    }

    @Test
    void should_read_entries_without_a_channel_as_mqtt_and_refuse_data_channels() throws Exception {
        Files.createDirectories(Inbox.directory(data));
        String entry = "{\"v\":1,\"seq\":%d,\"ref\":\"r%015d\",\"text\":\"dock\",%s\"principal\":\"alex\","
                + "\"trust\":\"owner\",\"key\":\"k1\",\"received\":\"2025-01-31T10:00:00Z\"}";
        Files.writeString(Inbox.directory(data).resolve("000000000000.json"), entry.formatted(0, 0, ""));
        Files.writeString(Inbox.directory(data).resolve("000000000001.json"), entry.formatted(1, 1, "\"channel\":\"camera\","));

        Inbox reopened = Inbox.open(data, 10);

        assertThat(reopened.take()).map(c -> c.source().channel()).contains(Channel.MQTT);
        assertThat(reopened.take()).isEmpty();
    }
}
