package dev.rosie.planner.llama;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.RosieException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads a GGUF file's header, metadata and tensor table in plain Java before llama.cpp sees it.
 * Native code given a truncated or foreign file may abort the whole JVM; this check turns every
 * such file into a clear error naming the file and what is wrong with it, and the process stays up.
 * Tensor data is not read, only checked to lie inside the file.
 */
public final class GgufCheck {

    /** What the check learnt about a file that passed. */
    public record Info(Path file, int version, long tensors, String architecture, long bytes, OptionalLong contextLength,
            OptionalLong vocabularySize) {
    }

    private static final int MAX_KEYS = 1 << 20;
    private static final long MAX_TENSORS = 1 << 20;
    // ggml_type -> {bytes per block, elements per block}; from ggml's type traits.
    private static final Map<Integer, int[]> TYPE_SIZES = Map.ofEntries(
            Map.entry(0, new int[] {4, 1}), Map.entry(1, new int[] {2, 1}), Map.entry(2, new int[] {18, 32}),
            Map.entry(3, new int[] {20, 32}), Map.entry(6, new int[] {22, 32}), Map.entry(7, new int[] {24, 32}),
            Map.entry(8, new int[] {34, 32}), Map.entry(9, new int[] {36, 32}), Map.entry(10, new int[] {84, 256}),
            Map.entry(11, new int[] {110, 256}), Map.entry(12, new int[] {144, 256}), Map.entry(13, new int[] {176, 256}),
            Map.entry(14, new int[] {210, 256}), Map.entry(15, new int[] {292, 256}), Map.entry(16, new int[] {66, 256}),
            Map.entry(17, new int[] {74, 256}), Map.entry(18, new int[] {98, 256}), Map.entry(19, new int[] {50, 256}),
            Map.entry(20, new int[] {18, 32}), Map.entry(21, new int[] {110, 256}), Map.entry(22, new int[] {82, 256}),
            Map.entry(23, new int[] {136, 256}), Map.entry(24, new int[] {1, 1}), Map.entry(25, new int[] {2, 1}),
            Map.entry(26, new int[] {4, 1}), Map.entry(27, new int[] {8, 1}), Map.entry(28, new int[] {8, 1}),
            Map.entry(29, new int[] {56, 256}), Map.entry(30, new int[] {2, 1}), Map.entry(34, new int[] {54, 256}),
            Map.entry(35, new int[] {66, 256}));

    private GgufCheck() {
    }

    /** Checks the file; throws an {@link InvalidInputException} naming the file and the reason if it is unusable. */
    public static Info check(Path file) {
        if (!Files.exists(file)) {
            throw bad(file, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw bad(file, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw bad(file, "not readable");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw bad(file, "cannot read its size: " + e.getMessage());
        }
        try (Reader in = new Reader(new BufferedInputStream(Files.newInputStream(file), 1 << 16), size)) {
            return read(file, in, size);
        } catch (EOFException e) {
            throw bad(file, "truncated: the file ends inside its header or metadata (" + size + " bytes)");
        } catch (IOException e) {
            throw bad(file, "cannot read it: " + e.getMessage());
        }
    }

    private static Info read(Path file, Reader in, long size) throws IOException {
        if (size < 24) {
            throw bad(file, "not a GGUF model: only " + size + " bytes");
        }
        byte[] magic = in.bytes(4);
        if (!"GGUF".equals(new String(magic, StandardCharsets.ISO_8859_1))) {
            throw bad(file, "not a GGUF model: it does not start with the magic 'GGUF'");
        }
        int version = in.u32();
        if (version != 2 && version != 3) {
            throw bad(file, "unsupported GGUF version " + Integer.toUnsignedString(version) + " (llama.cpp reads 2 and 3)");
        }
        long tensors = in.u64();
        long keys = in.u64();
        if (tensors < 0 || tensors > MAX_TENSORS) {
            throw bad(file, "implausible tensor count " + Long.toUnsignedString(tensors));
        }
        if (keys < 0 || keys > MAX_KEYS) {
            throw bad(file, "implausible metadata count " + Long.toUnsignedString(keys));
        }
        String architecture = null;
        long alignment = 32;
        Map<String, Long> contextLengths = new HashMap<>();
        long vocabulary = -1;
        for (long k = 0; k < keys; k++) {
            String key = in.string();
            int type = in.u32();
            if ("general.architecture".equals(key) && type == 8) {
                architecture = in.string();
            } else if ("general.alignment".equals(key) && type == 4) {
                alignment = Integer.toUnsignedLong(in.u32());
                if (alignment == 0 || (alignment & (alignment - 1)) != 0) {
                    throw bad(file, "general.alignment " + alignment + " is not a power of two");
                }
            } else if ("tokenizer.ggml.tokens".equals(key) && type == 9) {
                vocabulary = skipArray(file, in, key);
            } else if (key.endsWith(".context_length") && (type == 4 || type == 10)) {
                contextLengths.put(key, type == 4 ? Integer.toUnsignedLong(in.u32()) : in.u64());
            } else {
                skipValue(file, in, key, type);
            }
        }
        if (architecture == null) {
            throw bad(file, "no general.architecture in its metadata");
        }
        long dataEnd = 0;
        String lastTensor = null;
        for (long t = 0; t < tensors; t++) {
            String name = in.string();
            int dims = in.u32();
            if (dims < 1 || dims > 4) {
                throw bad(file, "tensor '" + name + "' has " + dims + " dimensions (1 to 4 allowed)");
            }
            long elements = 1;
            for (int d = 0; d < dims; d++) {
                long n = in.u64();
                if (n < 1 || n > size * 8) {
                    throw bad(file, "tensor '" + name + "' has an implausible dimension " + Long.toUnsignedString(n));
                }
                try {
                    elements = Math.multiplyExact(elements, n);
                } catch (ArithmeticException e) {
                    throw bad(file, "tensor '" + name + "' has more elements than any file can hold");
                }
            }
            // No ggml type stores an element in less than one bit.
            if (elements > size * 8) {
                throw bad(file, "truncated or corrupt: tensor '" + name + "' has " + elements + " elements, more than a "
                        + size + "-byte file can hold");
            }
            int type = in.u32();
            long offset = in.u64();
            int[] block = TYPE_SIZES.get(type);
            if (offset < 0 || offset > size) {
                throw bad(file, "truncated: tensor '" + name + "' starts at data offset " + Long.toUnsignedString(offset)
                        + ", beyond the end of the " + size + "-byte file");
            }
            if (offset % alignment != 0) {
                throw bad(file, "tensor '" + name + "' has a misaligned offset " + offset);
            }
            // Types this table does not know are left to llama.cpp, which rejects them by itself.
            long bytes = block == null ? 0 : (elements / block[1]) * block[0];
            if (offset + bytes > dataEnd) {
                dataEnd = offset + bytes;
                lastTensor = name;
            }
        }
        long dataStart = (in.position() + alignment - 1) / alignment * alignment;
        if (dataStart + dataEnd > size) {
            throw bad(file, "truncated: tensor '" + lastTensor + "' needs the file to be " + (dataStart + dataEnd)
                    + " bytes long, but it has " + size);
        }
        Long context = contextLengths.get(architecture + ".context_length");
        return new Info(file, version, tensors, architecture, size,
                context == null ? OptionalLong.empty() : OptionalLong.of(context),
                vocabulary < 0 ? OptionalLong.empty() : OptionalLong.of(vocabulary));
    }

    private static void skipValue(Path file, Reader in, String key, int type) throws IOException {
        switch (type) {
            case 0, 1, 7 -> in.skip(1);
            case 2, 3 -> in.skip(2);
            case 4, 5, 6 -> in.skip(4);
            case 10, 11, 12 -> in.skip(8);
            case 8 -> in.skip(in.length());
            case 9 -> skipArray(file, in, key);
            default -> throw bad(file, "metadata '" + key + "' has an unknown value type " + type);
        }
    }

    /** Skips an array value and returns its length. */
    private static long skipArray(Path file, Reader in, String key) throws IOException {
        int elementType = in.u32();
        long count = in.u64();
        if (count < 0 || count > in.remaining()) {
            throw bad(file, "metadata '" + key + "' claims " + Long.toUnsignedString(count)
                    + " elements, more than the file holds");
        }
        if (elementType == 9) {
            throw bad(file, "metadata '" + key + "' nests arrays, which GGUF does not allow");
        }
        for (long i = 0; i < count; i++) {
            skipValue(file, in, key, elementType);
        }
        return count;
    }

    private static RosieException bad(Path file, String reason) {
        return new InvalidInputException("model file " + file + ": " + reason);
    }

    /** Little-endian reads with a position and bounds taken from the file size. */
    private static final class Reader implements AutoCloseable {
        private final InputStream in;
        private final long size;
        private long position;

        Reader(InputStream in, long size) {
            this.in = in;
            this.size = size;
        }

        long position() {
            return position;
        }

        long remaining() {
            return size - position;
        }

        byte[] bytes(int n) throws IOException {
            byte[] b = in.readNBytes(n);
            if (b.length < n) {
                throw new EOFException();
            }
            position += n;
            return b;
        }

        int u32() throws IOException {
            byte[] b = bytes(4);
            return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
        }

        long u64() throws IOException {
            return (u32() & 0xffffffffL) | ((long) u32()) << 32;
        }

        long length() throws IOException {
            long n = u64();
            if (n < 0 || n > remaining()) {
                throw new EOFException();
            }
            return n;
        }

        String string() throws IOException {
            long n = length();
            if (n > 1 << 20) {
                throw new IOException("a metadata string of " + n + " bytes");
            }
            return new String(bytes((int) n), StandardCharsets.UTF_8);
        }

        void skip(long n) throws IOException {
            if (n > remaining()) {
                throw new EOFException();
            }
            in.skipNBytes(n);
            position += n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
