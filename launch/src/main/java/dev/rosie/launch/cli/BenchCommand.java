package dev.rosie.launch.cli;

import dev.rosie.core.InvalidInputException;
import dev.rosie.launch.bench.BenchContext;
import dev.rosie.launch.bench.BenchMarkdown;
import dev.rosie.launch.bench.BenchRegistry;
import dev.rosie.launch.bench.BenchReport;
import dev.rosie.launch.bench.BenchRun;
import dev.rosie.launch.bench.Benchmark;
import dev.rosie.launch.bench.Budget;
import dev.rosie.launch.bench.Machine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rosie bench [--quick] [--out FILE]}: measures Rosie's figures on this machine, writes them
 * as JSON and prints a table. Exit code 0 when every benchmark ran, 1 when any failed (the others
 * still run and are reported), 2 for bad options.
 */
@Command(name = "bench", description = "Measures Rosie's performance figures on this machine and writes them as JSON.")
public final class BenchCommand implements Callable<Integer> {
    static final Path DEFAULT_OUT = Path.of("bench", "results.json");

    @Option(names = "--quick", description = "Fewer runs: checks that every figure is produced (under two minutes), "
            + "not how stable it is")
    boolean quick;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the results (default: bench/results.json)")
    Path out = DEFAULT_OUT;

    @Option(names = "--only", paramLabel = "NAME", split = ",",
            description = "Run only these benchmarks (comma-separated; see --list)")
    List<String> only = new ArrayList<>();

    @Option(names = "--list", description = "List the benchmarks and their figures, and exit")
    boolean list;

    @Option(names = "--markdown", paramLabel = "RESULTS",
            description = "Print the README's table made from a results file, and exit (measures nothing)")
    Path markdown;

    @Option(names = "--debug", description = "Print stack traces for errors")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        List<Benchmark> all = BenchRegistry.standard();
        if (list) {
            stdout.println(BenchRegistry.describe(all));
            return ExitCodes.DONE;
        }
        if (markdown != null) {
            stdout.print(BenchMarkdown.from(markdown));
            stdout.flush();
            return ExitCodes.DONE;
        }
        List<Benchmark> chosen;
        try {
            chosen = only.isEmpty() ? all : BenchRegistry.select(all, only);
        } catch (InvalidInputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a directory; give a file name");
        }
        Budget budget = quick ? Budget.QUICK : Budget.FULL;
        Machine machine = Machine.current();
        Instant date = Instant.now();
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // Scratch worlds live next to the results, on the same disk, so durable commits cost what they cost there.
        Path scratch = Files.createTempDirectory(parent, ".bench-work-");
        List<BenchRun.Outcome> outcomes;
        try (BenchContext context = new BenchContext(budget, scratch)) {
            outcomes = new BenchRun(System::nanoTime).run(chosen, context, line -> {
                stdout.println(line);
                stdout.flush();
            });
        }
        BenchReport report = new BenchReport(commandLine(), budget, date, machine, outcomes);
        report.write(out);
        stdout.println();
        report.print(stdout);
        stdout.println("Results: " + out);
        return report.allRan() ? ExitCodes.DONE : ExitCodes.FAILED;
    }

    private String commandLine() {
        List<String> words = new ArrayList<>(List.of("rosie", "bench"));
        if (quick) {
            words.add("--quick");
        }
        if (!only.isEmpty()) {
            words.add("--only");
            words.add(String.join(",", only));
        }
        if (!out.equals(DEFAULT_OUT)) {
            words.add("--out");
            words.add(out.toString());
        }
        return String.join(" ", words);
    }
}
