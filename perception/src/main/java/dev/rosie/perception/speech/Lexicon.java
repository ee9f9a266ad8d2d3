package dev.rosie.perception.speech;

import dev.rosie.core.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words a model can recognise. Vosk silently drops grammar words it does not know (it only logs
 * a warning), which would make a room named after an unknown word impossible to say without any
 * error; reading the lexicon lets the grammar builder say so instead. Small models ship no
 * {@code words.txt}: the word list is the output symbol table stored in {@code graph/Gr.fst}
 * (OpenFst binary format: header, then the input and output symbol tables).
 */
public final class Lexicon {
    private static final int FST_MAGIC = 2125659606;
    private static final int SYMBOLS_MAGIC = 2125658996;
    private static final int HAS_INPUT_SYMBOLS = 1;
    private static final int HAS_OUTPUT_SYMBOLS = 2;

    private final Set<String> words;
    private final boolean everything;

    private Lexicon(Set<String> words, boolean everything) {
        this.words = Set.copyOf(words);
        this.everything = everything;
    }

    private Lexicon(Set<String> words) {
        this(words, false);
    }

    public static Lexicon of(Set<String> words) {
        return new Lexicon(words);
    }

    /** A lexicon that knows every word: for grammars that are never given to a model (tests, docs). */
    public static Lexicon everything() {
        return new Lexicon(Set.of(), true);
    }

    /** Reads {@code graph/words.txt} if the model has one, else the symbol table in {@code graph/Gr.fst}. */
    public static Lexicon read(Path modelDir) {
        Path wordsTxt = modelDir.resolve("graph").resolve("words.txt");
        Path gr = modelDir.resolve("graph").resolve("Gr.fst");
        try {
            if (Files.isRegularFile(wordsTxt)) {
                Set<String> w = new HashSet<>();
                for (String line : Files.readAllLines(wordsTxt, StandardCharsets.UTF_8)) {
                    String[] parts = line.trim().split("\\s+");
                    if (!parts[0].isEmpty()) {
                        w.add(parts[0]);
                    }
                }
                return new Lexicon(w);
            }
            if (Files.isRegularFile(gr)) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(gr), 1 << 16)) {
                    return new Lexicon(fromFst(new DataInputStream(in), gr));
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("cannot read the word list of speech model " + modelDir + ": " + e.getMessage(), e);
        }
        throw new InvalidInputException("speech model " + modelDir + " has neither graph/words.txt nor graph/Gr.fst,"
                + " so its vocabulary is unknown");
    }

    private static Set<String> fromFst(DataInputStream in, Path file) throws IOException {
        try {
            if (intLe(in) != FST_MAGIC) {
                throw new InvalidInputException(file + " is not an OpenFst file (wrong magic number)");
            }
            string(in); // fst type
            string(in); // arc type
            intLe(in); // version
            int flags = intLe(in);
            longLe(in); // properties
            longLe(in); // start state
            longLe(in); // states
            longLe(in); // arcs
            if ((flags & HAS_OUTPUT_SYMBOLS) == 0) {
                throw new InvalidInputException(file + " carries no output symbol table, so its words are unknown");
            }
            if ((flags & HAS_INPUT_SYMBOLS) != 0) {
                symbols(in, file); // the input table comes first; the words are the output side
            }
            return symbols(in, file);
        } catch (EOFException e) {
            throw new InvalidInputException(file + " ends inside its header: the file is truncated", e);
        }
    }

    private static Set<String> symbols(DataInputStream in, Path file) throws IOException {
        if (intLe(in) != SYMBOLS_MAGIC) {
            throw new InvalidInputException(file + " has a malformed symbol table");
        }
        string(in); // table name
        longLe(in); // next free key
        long count = longLe(in);
        if (count < 0 || count > 10_000_000) {
            throw new InvalidInputException(file + " declares " + count + " symbols, which is not plausible");
        }
        Set<String> out = new HashSet<>((int) (count * 4 / 3) + 1);
        for (long i = 0; i < count; i++) {
            out.add(string(in));
            longLe(in); // key
        }
        return out;
    }

    private static int intLe(DataInputStream in) throws IOException {
        return Integer.reverseBytes(in.readInt());
    }

    private static long longLe(DataInputStream in) throws IOException {
        return Long.reverseBytes(in.readLong());
    }

    private static String string(DataInputStream in) throws IOException {
        int n = intLe(in);
        if (n < 0 || n > 4096) {
            throw new IOException("implausible string length " + n);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    public boolean knows(String word) {
        return everything || words.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Number of words; 0 for {@link #everything()}, which has no list. */
    public int size() {
        return words.size();
    }
}
