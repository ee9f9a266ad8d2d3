package dev.rosie.perception.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rosie.core.InvalidInputException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLocatorTest {
    @TempDir
    Path dir;

    private final Map<String, String> props = new HashMap<>();

    private ModelLocator locator(Map<String, String> env, ClassLoader loader) {
        props.putIfAbsent("user.home", dir.resolve("home").toString());
        return new ModelLocator(props::get, env, loader);
    }

    private static ClassLoader empty() {
        return new URLClassLoader(new URL[0], null);
    }

    /** A jar holding a fake model under the resource directory, as the build packs the real one. */
    private Path jar() throws Exception {
        Path jar = dir.resolve("rosie-perception.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (var e : Map.of("uuid", "abc-123\n", "am/final.mdl", "acoustic", "conf/model.conf", "--beam=10").entrySet()) {
                out.putNextEntry(new JarEntry(ModelLocator.RESOURCE_DIR + "/" + e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("other/file.txt"));
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void should_prefer_the_system_property_then_the_environment() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        props.put(ModelLocator.MODEL_PROPERTY, a.toString());
        assertThat(locator(Map.of(ModelLocator.MODEL_ENV, b.toString()), empty()).locate()).isEqualTo(a);
        props.remove(ModelLocator.MODEL_PROPERTY);
        assertThat(locator(Map.of(ModelLocator.MODEL_ENV, b.toString()), empty()).locate()).isEqualTo(b);
    }

    @Test
    void should_say_when_a_named_model_directory_does_not_exist() {
        props.put(ModelLocator.MODEL_PROPERTY, dir.resolve("missing").toString());
        assertThatThrownBy(() -> locator(Map.of(), empty()).locate()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("system property rosie.speech.model names").hasMessageContaining("not a directory");
    }

    @Test
    void should_say_when_there_is_no_model_anywhere() {
        assertThatThrownBy(() -> locator(Map.of(), empty()).locate()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no speech model").hasMessageContaining(ModelLocator.MODEL_ENV);
    }

    @Test
    void should_extract_the_model_from_the_jar_once_into_the_cache() throws Exception {
        props.put(ModelLocator.CACHE_PROPERTY, dir.resolve("cache").toString());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar().toUri().toURL()}, null)) {
            Path model = locator(Map.of(), loader).locate();
            assertThat(model).isEqualTo(dir.resolve("cache/vosk/model-en-us-abc-123"));
            assertThat(model.resolve("am/final.mdl")).hasContent("acoustic");
            assertThat(model.resolve("conf/model.conf")).hasContent("--beam=10");
            assertThat(model.resolve("other")).doesNotExist();

            Files.writeString(model.resolve("am/final.mdl"), "kept");
            assertThat(locator(Map.of(), loader).locate()).isEqualTo(model);
            assertThat(model.resolve("am/final.mdl")).as("a complete extraction is reused, not redone").hasContent("kept");
            try (var left = Files.list(model.getParent())) {
                assertThat(left).as("no temporary directories left behind").containsExactly(model);
            }
        }
    }

    @Test
    void should_default_the_cache_to_xdg_then_the_home_directory() {
        assertThat(locator(Map.of("XDG_CACHE_HOME", "/x/cache"), empty()).cacheRoot()).isEqualTo(Path.of("/x/cache/rosie"));
        assertThat(locator(Map.of(), empty()).cacheRoot()).isEqualTo(dir.resolve("home/.cache/rosie"));
    }

    @Test
    void should_use_the_build_output_in_place_when_the_classes_are_a_directory() throws Exception {
        Path classes = dir.resolve("classes");
        Path model = Files.createDirectories(classes.resolve(ModelLocator.RESOURCE_DIR));
        Files.writeString(model.resolve("uuid"), "x");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            assertThat(locator(Map.of(), loader).locate()).isEqualTo(model);
        }
    }

}
