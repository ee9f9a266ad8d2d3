package dev.rosie.planner.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real model, offline: loads from the shipped jar, gives unit vectors that mean something. */
class MiniLmEmbedderIT {
    @TempDir
    static Path cache;

    private static MiniLmEmbedder model;

    @BeforeAll
    static void load() {
        assertThat(System.getProperty("ai.djl.offline")).as("tests run offline").isEqualTo("true");
        model = MiniLmEmbedder.load(cache);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void should_produce_384_dimensional_unit_vectors() {
        float[] v = model.embed("clean the kitchen");
        assertThat(model.dimension()).isEqualTo(384);
        assertThat(v).hasSize(384);
        assertThat(Vectors.dot(v, v)).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void should_place_paraphrases_closer_than_unrelated_requests() {
        float[] clean = model.embed("vacuum the living room");
        double paraphrase = Vectors.dot(clean, model.embed("hoover the lounge"));
        double unrelated = Vectors.dot(clean, model.embed("what time is it"));
        assertThat(paraphrase).isGreaterThan(unrelated + 0.2);
    }

    @Test
    void should_give_exactly_the_same_vector_alone_and_among_others() {
        List<float[]> batch = model.embedAll(List.of("please pick up the sock from the bedroom floor", "stop",
                "halt"));
        assertThat(batch.get(1)).containsExactly(model.embed("stop"));
        assertThat(batch.get(2)).containsExactly(model.embed("halt"));
    }

    @Test
    void should_cut_very_long_text_instead_of_failing() {
        float[] v = model.embed("clean the kitchen ".repeat(200));
        assertThat(Vectors.dot(v, v)).isCloseTo(1.0, within(1e-4));
    }
}
