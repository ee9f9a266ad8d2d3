package dev.rosie.planner.llama;

import dev.rosie.core.RosieException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a tiny llama-architecture GGUF v3 file with seeded random F32 weights. It is a test and
 * benchmark model, not a language model: what it "says" is noise, which is exactly what proves the
 * grammar forces valid plans. No model can be downloaded here, so tests and {@code rosie bench} make
 * their own.
 *
 * <p>The vocabulary is SentencePiece-style ({@code tokenizer.ggml.model = llama}): {@code <unk>},
 * {@code <s>}, {@code </s>}, the 256 byte-fallback tokens {@code <0xNN>} (llama.cpp looks up the
 * newline byte token when it loads an SPM vocabulary), and one token per printable ASCII character,
 * the space written as {@code U+2581} as SentencePiece does. Every character a JSON plan needs is a
 * token of its own, so any grammar over printable ASCII can always be satisfied.
 */
public final class TinyGguf {
    /**
     * The shape of the model. The standard one keeps the file under 1 MB and decoding fast on 2 cores.
     *
     * @param extraTokens lower-case letter pieces ({@code aa}, {@code ab}, ... {@code aaa} ...) added
     *     after the base vocabulary, to give the model a real model's vocabulary size: grammar
     *     sampling checks every vocabulary entry, so its cost depends on that size
     */
    public record Shape(int layers, int embedding, int heads, int feedForward, int context, int extraTokens) {
        public Shape {
            if (layers < 1 || embedding < 8 || heads < 1 || embedding % heads != 0 || feedForward < 1 || context < 16) {
                throw new IllegalArgumentException("a tiny model needs layers >= 1, embedding >= 8 divisible by heads,"
                        + " feed-forward >= 1 and context >= 16");
            }
            if (extraTokens < 0 || extraTokens > MAX_EXTRA) {
                throw new IllegalArgumentException("extra tokens must be 0 to " + MAX_EXTRA + ", not " + extraTokens);
            }
        }

        public Shape(int layers, int embedding, int heads, int feedForward, int context) {
            this(layers, embedding, heads, feedForward, context, 0);
        }

        /** 354 tokens: specials, bytes, printable ASCII. */
        public static Shape standard() {
            return new Shape(2, 64, 4, 128, 16384);
        }

        /** The standard model with a 32,000-token vocabulary, the size of Llama 2's and Mistral's. */
        public static Shape wideVocabulary() {
            return new Shape(2, 64, 4, 128, 16384, 32_000 - BASE_VOCABULARY);
        }
    }

    /** Specials, 256 byte tokens and the 95 printable ASCII characters. */
    public static final int BASE_VOCABULARY = 3 + 256 + 95;
    private static final int MAX_EXTRA = 26 * 26 + 26 * 26 * 26 + 26 * 26 * 26 * 26;

    public static final int BOS = 1;
    public static final int EOS = 2;
    private static final int ALIGNMENT = 32;
    private static final int TYPE_UINT32 = 4;
    private static final int TYPE_INT32 = 5;
    private static final int TYPE_FLOAT32 = 6;
    private static final int TYPE_BOOL = 7;
    private static final int TYPE_STRING = 8;
    private static final int TYPE_ARRAY = 9;
    private static final int GGML_TYPE_F32 = 0;

    private final Shape shape;
    private final long seed;

    public TinyGguf(Shape shape, long seed) {
        this.shape = shape;
        this.seed = seed;
    }

    /** The tokens of {@code shape}'s vocabulary, in id order. */
    public static List<String> vocabulary(Shape shape) {
        List<String> tokens = vocabulary();
        for (int length = 2, left = shape.extraTokens(); left > 0; length++) {
            int count = (int) Math.min(left, Math.round(Math.pow(26, length)));
            for (int i = 0; i < count; i++) {
                char[] piece = new char[length];
                for (int k = length - 1, n = i; k >= 0; k--, n /= 26) {
                    piece[k] = (char) ('a' + n % 26);
                }
                tokens.add(new String(piece));
            }
            left -= count;
        }
        return tokens;
    }

    /** The base tokens, in id order. */
    public static List<String> vocabulary() {
        List<String> tokens = new ArrayList<>(List.of("<unk>", "<s>", "</s>"));
        for (int b = 0; b < 256; b++) {
            tokens.add(String.format("<0x%02X>", b));
        }
        tokens.add("\u2581");
        for (char c = 0x21; c <= 0x7e; c++) {
            tokens.add(String.valueOf(c));
        }
        return tokens;
    }

    /** Writes the model to {@code file} (replacing it) and returns the file. */
    public Path write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes());
            return file;
        } catch (IOException e) {
            throw new RosieException("cannot write the tiny GGUF model to " + file + ": " + e.getMessage(), false, e);
        }
    }

    /** The whole file. */
    public byte[] bytes() {
        List<String> vocab = vocabulary(shape);
        List<Tensor> tensors = tensors(vocab.size());
        Out out = new Out();
        out.kvString("general.architecture", "llama");
        out.kvString("general.name", "rosie-tiny-random");
        out.kvU32("general.alignment", ALIGNMENT);
        out.kvU32("llama.context_length", shape.context());
        out.kvU32("llama.embedding_length", shape.embedding());
        out.kvU32("llama.block_count", shape.layers());
        out.kvU32("llama.feed_forward_length", shape.feedForward());
        out.kvU32("llama.attention.head_count", shape.heads());
        out.kvU32("llama.attention.head_count_kv", shape.heads());
        out.kvU32("llama.rope.dimension_count", shape.embedding() / shape.heads());
        out.kvF32("llama.attention.layer_norm_rms_epsilon", 1e-5f);
        out.kvString("tokenizer.ggml.model", "llama");
        out.key("tokenizer.ggml.tokens");
        out.u32(TYPE_ARRAY);
        out.u32(TYPE_STRING);
        out.u64(vocab.size());
        vocab.forEach(out::string);
        out.key("tokenizer.ggml.scores");
        out.u32(TYPE_ARRAY);
        out.u32(TYPE_FLOAT32);
        out.u64(vocab.size());
        for (int i = 0; i < vocab.size(); i++) {
            out.f32(i < 3 ? 0f : -1f);
        }
        out.key("tokenizer.ggml.token_type");
        out.u32(TYPE_ARRAY);
        out.u32(TYPE_INT32);
        out.u64(vocab.size());
        for (int i = 0; i < vocab.size(); i++) {
            // 2 unknown, 3 control, 6 byte, 1 normal (llama.cpp's llama_token_type).
            out.u32(i == 0 ? 2 : i < 3 ? 3 : i < 259 ? 6 : 1);
        }
        out.kvU32("tokenizer.ggml.bos_token_id", BOS);
        out.kvU32("tokenizer.ggml.eos_token_id", EOS);
        out.kvBool("tokenizer.ggml.add_bos_token", true);
        Out header = new Out();
        header.raw("GGUF".getBytes(StandardCharsets.US_ASCII));
        header.u32(3);
        header.u64(tensors.size());
        header.u64(out.keys);
        header.raw(out.toByteArray());
        out = header;

        long offset = 0;
        for (Tensor t : tensors) {
            out.string(t.name());
            out.u32(t.dims().length);
            for (long d : t.dims()) {
                out.u64(d);
            }
            out.u32(GGML_TYPE_F32);
            out.u64(offset);
            offset = align(offset + t.byteSize());
        }
        out.pad();
        SplittableRandom random = new SplittableRandom(seed);
        for (Tensor t : tensors) {
            ByteBuffer data = ByteBuffer.allocate(Math.toIntExact(t.byteSize())).order(ByteOrder.LITTLE_ENDIAN);
            for (long i = 0; i < t.elements(); i++) {
                // Norm weights are 1 so the random projections are not squashed to nothing.
                data.putFloat(t.isNorm() ? 1f : (float) (random.nextGaussian() * t.scale()));
            }
            out.raw(data.array());
            out.pad();
        }
        return out.toByteArray();
    }

    private List<Tensor> tensors(int vocabSize) {
        int e = shape.embedding();
        int ff = shape.feedForward();
        List<Tensor> t = new ArrayList<>();
        // ggml dimension order: the first dimension is the row length (the input side of a matmul).
        t.add(new Tensor("token_embd.weight", 1.0, e, vocabSize));
        for (int layer = 0; layer < shape.layers(); layer++) {
            String p = "blk." + layer + ".";
            t.add(new Tensor(p + "attn_norm.weight", 0, e));
            t.add(new Tensor(p + "attn_q.weight", 1 / Math.sqrt(e), e, e));
            t.add(new Tensor(p + "attn_k.weight", 1 / Math.sqrt(e), e, e));
            t.add(new Tensor(p + "attn_v.weight", 1 / Math.sqrt(e), e, e));
            t.add(new Tensor(p + "attn_output.weight", 1 / Math.sqrt(e), e, e));
            t.add(new Tensor(p + "ffn_norm.weight", 0, e));
            t.add(new Tensor(p + "ffn_gate.weight", 1 / Math.sqrt(e), e, ff));
            t.add(new Tensor(p + "ffn_up.weight", 1 / Math.sqrt(e), e, ff));
            t.add(new Tensor(p + "ffn_down.weight", 1 / Math.sqrt(ff), ff, e));
        }
        t.add(new Tensor("output_norm.weight", 0, e));
        // A modest output scale keeps next-token distributions broad, so seeds explore the grammar.
        t.add(new Tensor("output.weight", 1 / Math.sqrt(e), e, vocabSize));
        return t;
    }

    private static long align(long n) {
        return (n + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    private record Tensor(String name, double scale, long... dims) {
        long elements() {
            long n = 1;
            for (long d : dims) {
                n *= d;
            }
            return n;
        }

        long byteSize() {
            return elements() * Float.BYTES;
        }

        boolean isNorm() {
            return name.endsWith("norm.weight");
        }
    }

    /** Little-endian GGUF primitives. */
    private static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        void raw(byte[] b) {
            bytes.writeBytes(b);
        }

        void u32(int v) {
            raw(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
        }

        void u64(long v) {
            raw(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
        }

        void f32(float v) {
            raw(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(v).array());
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u64(b.length);
            raw(b);
        }

        int keys;

        void key(String k) {
            keys++;
            string(k);
        }

        void kvString(String k, String v) {
            key(k);
            u32(TYPE_STRING);
            string(v);
        }

        void kvU32(String k, int v) {
            key(k);
            u32(TYPE_UINT32);
            u32(v);
        }

        void kvF32(String k, float v) {
            key(k);
            u32(TYPE_FLOAT32);
            f32(v);
        }

        void kvBool(String k, boolean v) {
            key(k);
            u32(TYPE_BOOL);
            bytes.write(v ? 1 : 0);
        }

        void pad() {
            while (bytes.size() % ALIGNMENT != 0) {
                bytes.write(0);
            }
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
