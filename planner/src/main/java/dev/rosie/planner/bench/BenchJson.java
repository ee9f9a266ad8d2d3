package dev.rosie.planner.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rosie.core.RosieException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a planner benchmark's figures as JSON, with the machine they were measured on. */
public final class BenchJson {
    private BenchJson() {
    }

    /**
     * Writes {@code figures} followed by the JDK, CPU count, architecture and load average (the
     * machine may be shared: its load says how much the figures are worth) to {@code file}.
     */
    public static void writeWithMachine(Map<String, Object> figures, Path file) {
        Map<String, Object> json = new LinkedHashMap<>(figures);
        json.put("java", System.getProperty("java.version"));
        json.put("cpus", Runtime.getRuntime().availableProcessors());
        json.put("os_arch", System.getProperty("os.arch"));
        json.put("load_average_1m", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw new RosieException("cannot write the benchmark result to " + file + ": " + e.getMessage(), false, e);
        }
    }
}
