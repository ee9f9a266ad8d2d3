package dev.rosie.planner.llama;

import dev.rosie.core.RosieException;
import dev.rosie.core.io.AtomicFiles;
import dev.rosie.planner.embedding.ModelFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Puts llama.cpp's native library where the binding will load it from, before the binding's first
 * use. Left to itself the binding copies the library to a fixed {@code /tmp/libjllama.so} (processes
 * sharing a machine overwrite each other's copy) and announces it on stdout (which is the robot's
 * answer channel in {@code rosie say}). Here it goes to a directory named by the library's hash,
 * written by an atomic move, and the binding is pointed at it with {@code de.kherud.llama.lib.path}.
 * Its temporary directory ({@code de.kherud.llama.tmpdir}) is pointed there too: on first load the
 * binding deletes every file in that directory whose name starts with {@code llama} or {@code jllama},
 * which in the shared {@code /tmp} would be other people's files.
 */
final class LlamaNatives {
    static final String PATH_PROPERTY = "de.kherud.llama.lib.path";
    static final String TMPDIR_PROPERTY = "de.kherud.llama.tmpdir";

    private LlamaNatives() {
    }

    /** Prepares the library once per JVM; user-set {@value #PATH_PROPERTY} and {@value #TMPDIR_PROPERTY} are left alone. */
    static synchronized void prepare() {
        if (System.getProperty(TMPDIR_PROPERTY) == null) {
            Path scratch = ModelFiles.defaultCacheRoot().resolve("llama-scratch");
            try {
                Files.createDirectories(scratch);
            } catch (IOException e) {
                throw new RosieException("cannot create llama.cpp's scratch directory " + scratch + ": " + e.getMessage(),
                        false, e);
            }
            System.setProperty(TMPDIR_PROPERTY, scratch.toString());
        }
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        String resource = resource();
        if (resource == null || LlamaNatives.class.getClassLoader().getResource(resource) == null) {
            return; // a platform this does not know: the binding's own loader still tries
        }
        Path dir = extract(resource, ModelFiles.defaultCacheRoot());
        System.setProperty(PATH_PROPERTY, dir.toString());
    }

    private static String resource() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osDir = os.contains("linux") ? "Linux" : os.contains("mac") ? "Mac" : null;
        String archDir = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        return osDir == null || archDir == null ? null
                : "de/kherud/llama/" + osDir + "/" + archDir + "/" + System.mapLibraryName("jllama");
    }

    private static Path extract(String resource, Path cacheRoot) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        Path dir = cacheRoot.resolve("llama-native-" + hash(resource));
        Path target = dir.resolve(name);
        if (Files.isRegularFile(target)) {
            return dir; // only an atomic move puts it there, and the directory is named by its content
        }
        try {
            Files.createDirectories(dir);
            AtomicFiles.copy(LlamaNatives.class.getClassLoader().getResourceAsStream(resource), target);
            return dir;
        } catch (IOException e) {
            throw new RosieException("cannot write llama.cpp's native library to " + dir + ": " + e.getMessage()
                    + " (the directory must be writable; it is set by java.io.tmpdir)", false, e);
        }
    }

    private static String hash(String resource) {
        try (InputStream in = new DigestInputStream(LlamaNatives.class.getClassLoader().getResourceAsStream(resource),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()).substring(0, 16);
        } catch (IOException e) {
            throw new RosieException("cannot read llama.cpp's native library " + resource + ": " + e.getMessage(), false, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
