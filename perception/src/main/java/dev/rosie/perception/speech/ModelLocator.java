package dev.rosie.perception.speech;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.RosieException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the speech model directory. In order:
 * <ol>
 *   <li>the system property {@value #MODEL_PROPERTY}, a directory holding an unpacked Vosk model;</li>
 *   <li>the environment variable {@value #MODEL_ENV}, likewise;</li>
 *   <li>the model the build packed into this module's jar under {@value #RESOURCE_DIR}. When the
 *       classes are a directory (tests, IDEs) it is used in place; when they are a jar, it is
 *       extracted once into the cache directory ({@value #CACHE_PROPERTY}, else
 *       {@code $XDG_CACHE_HOME/rosie}, else {@code ~/.cache/rosie}) under
 *       {@code vosk/model-en-us-<uuid>}, because Vosk reads a model from files, not from a stream.</li>
 * </ol>
 * Nothing is ever downloaded.
 */
public final class ModelLocator {
    public static final String MODEL_PROPERTY = "rosie.speech.model";
    public static final String MODEL_ENV = "ROSIE_SPEECH_MODEL";
    public static final String CACHE_PROPERTY = "rosie.cache.dir";
    public static final String RESOURCE_DIR = "dev/rosie/perception/speech/model-en-us";
    private static final String MARKER = ".rosie-complete";

    private final Function<String, String> properties;
    private final Map<String, String> env;
    private final ClassLoader loader;

    public ModelLocator(Function<String, String> properties, Map<String, String> env, ClassLoader loader) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.env = Objects.requireNonNull(env, "env");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** The locator a process normally uses: its own system properties, environment and class loader. */
    public static ModelLocator standard() {
        return new ModelLocator(System::getProperty, System.getenv(), ModelLocator.class.getClassLoader());
    }

    /** The model directory, extracted from the jar first if need be. */
    public Path locate() {
        String explicit = properties.apply(MODEL_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return existing(Path.of(explicit), "system property " + MODEL_PROPERTY);
        }
        String fromEnv = env.get(MODEL_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return existing(Path.of(fromEnv), "environment variable " + MODEL_ENV);
        }
        URL uuid = loader.getResource(RESOURCE_DIR + "/uuid");
        if (uuid == null) {
            throw new InvalidInputException("no speech model: rosie-perception's jar has no " + RESOURCE_DIR
                    + " (was it built with 'mvn package'?), and neither -D" + MODEL_PROPERTY + " nor $" + MODEL_ENV
                    + " names a model directory");
        }
        try {
            return switch (uuid.getProtocol()) {
                case "file" -> Path.of(uuid.toURI()).getParent();
                case "jar" -> extract(uuid);
                default -> throw new InvalidInputException("the speech model is on the class path as " + uuid
                        + ", which Rosie cannot read as files; set " + MODEL_ENV + " to an unpacked model");
            };
        } catch (URISyntaxException e) {
            throw new InvalidInputException("malformed speech model location " + uuid, e);
        }
    }

    /** Where extracted models go. */
    public Path cacheRoot() {
        String explicit = properties.apply(CACHE_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "rosie");
        }
        return Path.of(properties.apply("user.home"), ".cache", "rosie");
    }

    private static Path existing(Path dir, String from) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(from + " names " + dir + ", which is not a directory");
        }
        return dir;
    }

    private Path extract(URL uuidUrl) {
        try {
            JarURLConnection connection = (JarURLConnection) uuidUrl.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = new JarFile(connection.getJarFileURL().toURI().getPath());
                    InputStream id = jar.getInputStream(jar.getEntry(RESOURCE_DIR + "/uuid"))) {
                String uuid = new String(id.readAllBytes(), StandardCharsets.UTF_8).trim().replaceAll("[^A-Za-z0-9-]", "");
                Path target = cacheRoot().resolve("vosk").resolve("model-en-us-" + uuid);
                if (Files.isRegularFile(target.resolve(MARKER))) {
                    return target;
                }
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempDirectory(target.getParent(), "extracting-");
                try {
                    unpack(jar, temp);
                    Files.writeString(temp.resolve(MARKER), uuid + "\n");
                    publish(temp, target);
                } finally {
                    deleteTree(temp);
                }
                return target;
            }
        } catch (IOException | URISyntaxException e) {
            throw new RosieException("cannot extract the speech model into " + cacheRoot() + " (" + e.getMessage()
                    + "); set -D" + CACHE_PROPERTY + " to a writable directory, or " + MODEL_ENV
                    + " to an unpacked model", false, e);
        }
    }

    private static void unpack(JarFile jar, Path into) throws IOException {
        String prefix = RESOURCE_DIR + "/";
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry e = entries.nextElement();
            if (!e.getName().startsWith(prefix) || e.isDirectory()) {
                continue;
            }
            Path out = into.resolve(e.getName().substring(prefix.length())).normalize();
            if (!out.startsWith(into)) {
                throw new IOException("jar entry " + e.getName() + " points outside the model directory");
            }
            Files.createDirectories(out.getParent());
            try (InputStream in = jar.getInputStream(e)) {
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Renames the finished extraction into place; another process may have won the race, which is fine. */
    private static void publish(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            if (!Files.isRegularFile(target.resolve(MARKER))) {
                deleteTree(target);
                Files.move(temp, target);
            }
        } catch (IOException e) {
            if (!Files.isRegularFile(target.resolve(MARKER))) {
                throw e;
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
