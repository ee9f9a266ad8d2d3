package dev.rosie.planner.llama;

import static org.assertj.core.api.Assertions.assertThat;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TinyGgufIT {

    @Test
    void should_load_in_llama_cpp_and_generate_tokens_when_written_from_scratch(@TempDir Path dir) {
        Path file = new TinyGguf(TinyGguf.Shape.standard(), 42).write(dir.resolve("tiny.gguf"));
        try (LlamaModel model = new LlamaModel(new ModelParameters().setModel(file.toString()).setCtxSize(512)
                .setThreads(1).setGpuLayers(0))) {
            String text = model.complete(new InferenceParameters("clean the kitchen").setNPredict(20).setSeed(7)
                    .setTemperature(1f).setIgnoreEos(true));
            System.out.println("GEN[" + text + "]");
            assertThat(text).isNotEmpty();
        }
    }
}
