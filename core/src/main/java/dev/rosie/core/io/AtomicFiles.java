package dev.rosie.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files so that they appear whole or not at all. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Copies {@code in} to {@code target}, replacing it: first to a temporary {@code <name>*.part} file
     * next to it, then moved into place, atomically where the file system can. Two processes copying
     * the same file together both succeed and leave one whole copy. The temporary file is removed and
     * {@code in} closed whatever happens; on failure the target is left as it was. The target's
     * directory must exist.
     */
    public static void copy(InputStream in, Path target) throws IOException {
        try (in) {
            Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
