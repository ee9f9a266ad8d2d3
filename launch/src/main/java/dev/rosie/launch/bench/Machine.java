package dev.rosie.launch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The machine a report was measured on. The load average at the start is there because the
 * machine may be shared: a figure measured under load says so.
 */
public record Machine(String jdk, String jdkVendor, int cpus, String cpuModel, String os, long memoryMiB,
        double loadAverageAtStart) {
    public Machine {
        Objects.requireNonNull(jdk, "jdk");
        Objects.requireNonNull(jdkVendor, "jdkVendor");
        Objects.requireNonNull(cpuModel, "cpuModel");
        Objects.requireNonNull(os, "os");
    }

    public static Machine current() {
        long memory = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize() / (1024 * 1024);
        }
        return new Machine(Runtime.version().toString(), System.getProperty("java.vm.vendor", "?"),
                Runtime.getRuntime().availableProcessors(), readCpuModel(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                memory, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** One line, e.g. for the README. */
    public String describe() {
        return String.format(Locale.ROOT, "%d CPUs (%s), %d MiB, %s, JDK %s (%s), load average %.2f at the start",
                cpus, cpuModel, memoryMiB, os, jdk, jdkVendor, loadAverageAtStart);
    }

    private static String readCpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }
}
