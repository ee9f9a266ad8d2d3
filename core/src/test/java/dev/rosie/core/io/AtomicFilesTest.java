package dev.rosie.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void should_write_the_whole_stream_and_leave_no_temporary_file() throws IOException {
        Path target = dir.resolve("model.onnx");

        AtomicFiles.copy(new ByteArrayInputStream("weights".getBytes(StandardCharsets.UTF_8)), target);

        assertThat(target).hasContent("weights");
        assertThat(names()).containsExactly("model.onnx");
    }

    @Test
    void should_replace_an_existing_file() throws IOException {
        Path target = dir.resolve("keys.txt");
        Files.writeString(target, "old");

        AtomicFiles.copy(new ByteArrayInputStream("new".getBytes(StandardCharsets.UTF_8)), target);

        assertThat(target).hasContent("new");
    }

    @Test
    void should_leave_the_target_alone_and_clean_up_when_the_stream_fails_midway() throws IOException {
        Path target = dir.resolve("lib.so");
        Files.writeString(target, "complete");
        boolean[] closed = {false};
        InputStream broken = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 3) {
                    return 'x';
                }
                throw new IOException("disk pulled");
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };

        assertThatThrownBy(() -> AtomicFiles.copy(broken, target)).isInstanceOf(IOException.class)
                .hasMessage("disk pulled");
        assertThat(target).hasContent("complete");
        assertThat(names()).containsExactly("lib.so");
        assertThat(closed[0]).as("the stream is closed").isTrue();
    }

    @Test
    void should_fail_when_the_directory_does_not_exist() {
        Path target = dir.resolve("missing").resolve("model.onnx");

        assertThatThrownBy(() -> AtomicFiles.copy(new ByteArrayInputStream(new byte[0]), target))
                .isInstanceOf(IOException.class);
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
