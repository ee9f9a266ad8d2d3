package dev.rosie.worldmodel.store;

import dev.rosie.core.RosieException;
import dev.rosie.core.world.Cell;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Packs a cleaning run's cells into one BLOB on its row. A room is thousands of 5 cm cells; a row
 * per cell per run would grow the log by millions of rows a year, while sorted cells deflate to a
 * few hundred bytes and still let {@code lastCompletedCleaning} return the exact run that was recorded.
 */
final class CellCodec {
    private static final byte FORMAT_V1 = 1;
    /** Bounds decoding of a corrupt blob; far above any real grid (10,000 x 10,000 cells max). */
    private static final int MAX_CELLS = 100_000_000;

    private CellCodec() {
    }

    static byte[] encode(Set<Cell> cells) {
        List<Cell> sorted = cells.stream().sorted(Comparator.comparingInt(Cell::iy).thenComparingInt(Cell::ix)).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(FORMAT_V1);
        // Buffered: DataOutputStream writes an int a byte at a time, and each unbuffered byte is a trip into zlib.
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(bytes), 8192))) {
            out.writeInt(sorted.size());
            // Deltas from the previous cell: a cleaned room is long runs of (+1, 0), which deflate to almost nothing.
            int px = 0;
            int py = 0;
            for (Cell c : sorted) {
                out.writeInt(c.ix() - px);
                out.writeInt(c.iy() - py);
                px = c.ix();
                py = c.iy();
            }
        } catch (IOException e) {
            throw new IllegalStateException("in-memory stream failed", e);
        }
        return bytes.toByteArray();
    }

    static Set<Cell> decode(byte[] blob) {
        if (blob == null || blob.length == 0 || blob[0] != FORMAT_V1) {
            throw new RosieException("a cleaning run's cell list is in an unknown format", false);
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new InflaterInputStream(new ByteArrayInputStream(blob, 1, blob.length - 1)), 8192))) {
            int n = in.readInt();
            if (n < 0 || n > MAX_CELLS) {
                throw new RosieException("a cleaning run's cell list claims " + n + " cells", false);
            }
            Set<Cell> cells = new HashSet<>();
            int x = 0;
            int y = 0;
            for (int i = 0; i < n; i++) {
                x += in.readInt();
                y += in.readInt();
                cells.add(new Cell(x, y));
            }
            return Set.copyOf(cells);
        } catch (IOException e) {
            throw new RosieException("a cleaning run's cell list is corrupt: " + e.getMessage(), false, e);
        }
    }
}
