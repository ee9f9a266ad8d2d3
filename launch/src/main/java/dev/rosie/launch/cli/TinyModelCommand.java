package dev.rosie.launch.cli;

import dev.rosie.planner.llama.TinyGguf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rosie tiny-model FILE.gguf}: writes the tiny random-weight GGUF model that tests and
 * benchmarks use, so {@code --planner llama} can be tried without downloading a model. Its answers
 * are noise that the plan grammar keeps well-formed; it demonstrates the plumbing, not planning.
 */
@Command(name = "tiny-model",
        description = "Writes a tiny random-weight GGUF model (noise, under 1 MB) for trying --planner llama"
                + " and for benchmarks; real planning needs a real GGUF chat model.")
public final class TinyModelCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.gguf", description = "Where to write the model")
    Path file;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the random weights (default: 42)")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path written = new TinyGguf(TinyGguf.Shape.standard(), seed).write(file);
        spec.commandLine().getOut().println("wrote " + written + " (" + Files.size(written)
                + " bytes): a llama-architecture GGUF with random weights, seed " + seed
                + "; its plans are noise that the grammar keeps valid");
        return ExitCodes.DONE;
    }
}
