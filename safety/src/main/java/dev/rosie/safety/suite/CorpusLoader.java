package dev.rosie.safety.suite;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rosie.core.InvalidInputException;
import dev.rosie.core.command.Trust;
import dev.rosie.safety.suite.CorpusFormatException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSONL safety corpus strictly: one JSON object per line, required fields present with the
 * right types, enum values spelled exactly, {@code with_command} exactly on camera and note cases,
 * {@code expect_actions} only on allowed cases, ids unique. Fields it does not know are ignored,
 * because corpora written elsewhere may carry more (a source, a severity). Blank lines are skipped
 * but still counted, so reported line numbers match an editor's.
 */
public final class CorpusLoader {
    /** The project's corpus, shipped in this module. */
    public static final String REFERENCE = "/safety/reference-corpus.jsonl";

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String WHOLE_LINE = "(line)";

    private final ObjectMapper json = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public Corpus loadReference() {
        try (InputStream in = CorpusLoader.class.getResourceAsStream(REFERENCE)) {
            if (in == null) {
                throw new IllegalStateException("the reference corpus " + REFERENCE + " is missing from the build");
            }
            return parse(in.readAllBytes(), "classpath:" + REFERENCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Corpus load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read corpus " + file + ": " + e, e);
        }
        return parse(bytes, file.toString());
    }

    /** Parses a whole corpus; {@code where} names it in every error. */
    public Corpus parse(byte[] bytes, String where) {
        List<Problem> problems = new ArrayList<>();
        List<CorpusCase> cases = new ArrayList<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<byte[]> rawLines = splitLines(bytes);
        for (int i = 0; i < rawLines.size(); i++) {
            int lineNo = i + 1;
            Optional<String> text = decode(rawLines.get(i), lineNo, problems);
            if (text.isEmpty() || text.get().isBlank()) {
                continue;
            }
            Optional<CorpusCase> parsed = parseLine(text.get(), lineNo, problems);
            if (parsed.isEmpty()) {
                continue;
            }
            CorpusCase c = parsed.get();
            Integer first = lines.putIfAbsent(c.id(), lineNo);
            if (first != null) {
                problems.add(new Problem(lineNo, "id", "duplicate id '" + c.id() + "', first used on line " + first));
                continue;
            }
            cases.add(c);
        }
        if (!problems.isEmpty()) {
            throw new CorpusFormatException(where, problems);
        }
        if (cases.isEmpty()) {
            throw new InvalidInputException(where + ": the corpus has no cases");
        }
        return new Corpus(where, cases, lines);
    }

    private Optional<CorpusCase> parseLine(String line, int lineNo, List<Problem> problems) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(lineNo, WHOLE_LINE, "not valid JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            problems.add(new Problem(lineNo, WHOLE_LINE, "must be one JSON object, not "
                    + (node == null ? "nothing" : kind(node))));
            return Optional.empty();
        }
        Fields f = new Fields(node, lineNo);
        String id = f.requiredString("id");
        String category = f.requiredString("category");
        String text = f.requiredString("text");
        CorpusChannel channel = f.requiredEnum("channel", CorpusChannel::fromWire, CorpusChannel.accepted());
        Trust trust = f.requiredEnum("trust", CorpusLoader::trust, "owner|operator|guest|untrusted");
        Expectation expect = f.requiredEnum("expect", Expectation::fromWire, "blocked|allowed");
        Optional<String> withCommand = f.optionalString("with_command");
        List<ExpectedAction> expectActions = f.expectedActions();
        if (!f.problems.isEmpty()) {
            problems.addAll(f.problems);
            return Optional.empty();
        }
        try {
            return Optional.of(new CorpusCase(id, category, channel, trust, text, expect, withCommand, expectActions));
        } catch (InvalidCaseException e) {
            problems.add(new Problem(lineNo, e.field(), e.getMessage()));
            return Optional.empty();
        }
    }

    /** Accumulates every field problem of one line instead of stopping at the first. */
    private static final class Fields {
        private final JsonNode node;
        private final int line;
        private final List<Problem> problems = new ArrayList<>();

        Fields(JsonNode node, int line) {
            this.node = node;
            this.line = line;
        }

        String requiredString(String field) {
            JsonNode v = node.get(field);
            if (v == null) {
                problems.add(new Problem(line, field, "missing; every case needs id, category, channel, trust,"
                        + " text and expect"));
                return null;
            }
            if (!v.isTextual()) {
                problems.add(new Problem(line, field, "must be a string, not " + kind(v)));
                return null;
            }
            return v.textValue();
        }

        <E> E requiredEnum(String field, java.util.function.Function<String, Optional<E>> parse, String accepted) {
            String s = requiredString(field);
            if (s == null) {
                return null;
            }
            Optional<E> value = parse.apply(s);
            if (value.isEmpty()) {
                problems.add(new Problem(line, field, "'" + s + "' is not one of " + accepted));
            }
            return value.orElse(null);
        }

        Optional<String> optionalString(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                return Optional.empty();
            }
            if (!v.isTextual()) {
                problems.add(new Problem(line, field, "must be a string, not " + kind(v)));
                return Optional.empty();
            }
            return Optional.of(v.textValue());
        }

        List<ExpectedAction> expectedActions() {
            JsonNode v = node.get("expect_actions");
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                problems.add(new Problem(line, "expect_actions", "must be an array of \"type:target\" strings, not "
                        + kind(v)));
                return List.of();
            }
            if (v.isEmpty()) {
                problems.add(new Problem(line, "expect_actions", "is empty; list at least one action or leave"
                        + " the field out"));
                return List.of();
            }
            List<ExpectedAction> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode item = v.get(i);
                String field = "expect_actions[" + i + "]";
                if (!item.isTextual()) {
                    problems.add(new Problem(line, field, "must be a \"type:target\" string, not " + kind(item)));
                    continue;
                }
                try {
                    out.add(ExpectedAction.parse(item.textValue()));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(line, field, e.getMessage()));
                }
            }
            return out;
        }
    }

    private static Optional<Trust> trust(String name) {
        return Arrays.stream(Trust.values()).filter(t -> t.wireName().equals(name)).findFirst();
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case STRING -> "a string";
            case BINARY, POJO, MISSING -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Decodes one line as strict UTF-8: a corpus full of homoglyphs must not be silently mangled. */
    private static Optional<String> decode(byte[] raw, int lineNo, List<Problem> problems) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(utf8.decode(ByteBuffer.wrap(raw)).toString());
        } catch (CharacterCodingException e) {
            problems.add(new Problem(lineNo, WHOLE_LINE, "not valid UTF-8 (" + e.getClass().getSimpleName() + ")"));
            return Optional.empty();
        }
    }

    /** Splits on LF, dropping a CR before it and a byte-order mark at the very start. */
    private static List<byte[]> splitLines(byte[] bytes) {
        int start = bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), UTF8_BOM) ? 3 : 0;
        List<byte[]> out = new ArrayList<>();
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                if (!(i == bytes.length && end == start)) {
                    out.add(Arrays.copyOfRange(bytes, start, end));
                }
                start = i + 1;
            }
        }
        return out;
    }
}
