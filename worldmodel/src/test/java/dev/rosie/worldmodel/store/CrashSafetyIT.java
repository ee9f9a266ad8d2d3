package dev.rosie.worldmodel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.rosie.core.ManualClock;
import dev.rosie.core.world.Cell;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 4, tested the hard way: a child JVM appends cleaning runs in a loop and is killed with
 * SIGKILL at seeded-random points, 100 times, on one data directory. Afterwards the database
 * opens, passes {@code PRAGMA integrity_check}, holds every run the child reported committed, and
 * has no run whose cells are missing.
 */
class CrashSafetyIT {
    static final long SEED = 20_260_301L;
    static final int LIVES = 100;
    static final int MAX_COMMITS_PER_LIFE = 20;

    @TempDir
    Path tmp;

    @Test
    @Timeout(300)
    void should_keep_every_reported_run_whole_through_100_sigkills() throws Exception {
        Path data = tmp.resolve("data");
        Path nativeDir = Files.createDirectories(tmp.resolve("native"));
        Random random = new Random(SEED);
        long began = System.nanoTime();
        Set<String> reported = new HashSet<>();
        for (int life = 0; life < LIVES; life++) {
            int killAfter = 1 + random.nextInt(MAX_COMMITS_PER_LIFE);
            Path stderr = tmp.resolve("child-" + life + ".err");
            Process child = start(data, nativeDir, life, stderr);
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII));
                for (int seen = 0; seen < killAfter; seen++) {
                    String line = out.readLine();
                    if (line == null) {
                        fail("child " + life + " died before reporting " + killAfter + " runs: " + Files.readString(stderr));
                    }
                    reported.add(line);
                }
                // SIGKILL: no shutdown hooks, no finally blocks, no close(). Through the handle, because
                // Process.destroyForcibly() also closes our end of the pipes, losing lines still in them.
                assertThat(child.toHandle().destroyForcibly()).isTrue();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child %d exits after SIGKILL", life).isTrue();
                // Lines already in the pipe were printed after their commit: they count too.
                reported.addAll(completeLines(out));
            } finally {
                child.destroyForcibly();
            }
        }

        ManualClock clock = new ManualClock(CrashChild.T0);
        try (SqliteWorldModel world = SqliteWorldModel.open(data, CrashChild.map(), clock)) {
            assertThat(world.pragma("integrity_check")).isEqualTo("ok");
        }
        List<String> missing = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteWorldModel.DB_FILE))) {
            Set<String> stored = new HashSet<>();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT command_id, cells_cleaned, cells, ended_at FROM cleaning_run");
                    PreparedStatement cell = c.prepareStatement("SELECT last_cleaned_at FROM cell_cleaned WHERE ix = ? AND iy = ?")) {
                while (r.next()) {
                    String id = r.getString(1);
                    stored.add(id);
                    Set<Cell> cells = CellCodec.decode(r.getBytes(3));
                    assertThat(cells).as("run %s has the cells it counted", id).hasSize(r.getInt(2)).isNotEmpty();
                    for (Cell x : cells) {
                        cell.setInt(1, x.ix());
                        cell.setInt(2, x.iy());
                        try (ResultSet cr = cell.executeQuery()) {
                            assertThat(cr.next()).as("cell %s of run %s is marked cleaned", x, id).isTrue();
                            assertThat(cr.getLong(1)).as("cell %s of run %s", x, id).isGreaterThanOrEqualTo(r.getLong(4));
                        }
                    }
                }
            }
            for (String id : reported) {
                if (!stored.contains(id)) {
                    missing.add(id);
                }
            }
            assertThat(stored).as("rows").hasSizeGreaterThanOrEqualTo(reported.size());
        }
        assertThat(missing).as("runs the child reported committed but the database lost").isEmpty();
        assertThat(reported).hasSizeGreaterThanOrEqualTo(LIVES);
        System.out.printf("crash safety: %d SIGKILLs in %.1f s; %d runs reported committed, all present and whole%n",
                LIVES, (System.nanoTime() - began) / 1e9, reported.size());
    }

    private static Process start(Path data, Path nativeDir, int life, Path stderr) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Startup dominates each short life: C1 only, serial GC, no perf data file.
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-Xshare:auto", "-Dorg.sqlite.tmpdir=" + nativeDir,
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                data.toString(), Integer.toString(life), Long.toString(SEED))
                .redirectError(stderr.toFile())
                .start();
    }

    /**
     * The newline-terminated lines left in a dead child's stdout, read through the same reader
     * (it may already hold some); a torn last line is not a report.
     */
    private static List<String> completeLines(BufferedReader in) throws IOException {
        StringBuilder rest = new StringBuilder();
        char[] buf = new char[4096];
        for (int n; (n = in.read(buf)) >= 0; ) {
            rest.append(buf, 0, n);
        }
        List<String> lines = new ArrayList<>();
        int end = rest.lastIndexOf("\n");
        if (end >= 0) {
            for (String line : rest.substring(0, end).split("\n")) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
