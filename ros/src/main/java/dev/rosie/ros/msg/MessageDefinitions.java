package dev.rosie.ros.msg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code .msg} texts of the message types Rosie speaks, and the two things ROS derives from
 * them: the md5sum (genmsg's {@code compute_md5}: constants, then fields, with each embedded
 * message type replaced by its own md5sum) and the full definition sent in connection headers
 * (genmsg's {@code compute_full_text}: the text, then each dependency under a separator line).
 * The texts are resources under {@code dev/rosie/ros/msg/defs/}, one file per type.
 */
public final class MessageDefinitions {
    static final Set<String> BUILTINS = Set.of("bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64",
            "uint64", "float32", "float64", "string", "time", "duration", "byte", "char");
    private static final String SEPARATOR = "=".repeat(80) + "\n";

    private final Map<String, String> texts = new ConcurrentHashMap<>();

    /** The text of {@code type} ({@code pkg/Name}), exactly as in its {@code .msg} file. */
    public String text(String type) {
        return texts.computeIfAbsent(type, MessageDefinitions::load);
    }

    private static String load(String type) {
        String resource = "defs/" + type.replace('/', '.') + ".msg";
        try (InputStream in = MessageDefinitions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no message definition for " + type + " (looked for " + resource + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A field or constant line of a definition, comments stripped. */
    private record Line(String type, String name, String constantValue) {
        boolean constant() {
            return constantValue != null;
        }
    }

    private List<Line> parse(String type) {
        List<Line> out = new ArrayList<>();
        for (String raw : text(type).split("\n", -1)) {
            String clean = raw.split("#", 2)[0].strip();
            if (clean.isEmpty()) {
                continue;
            }
            String[] parts = clean.split("\\s+", 2);
            if (parts.length < 2) {
                throw new IllegalArgumentException("bad line in " + type + ": '" + raw + "'");
            }
            String fieldType = parts[0];
            String rest = parts[1];
            int eq = rest.indexOf('=');
            if (eq >= 0) {
                // A string constant keeps everything after '=', '#' included; others lose comments.
                String value = fieldType.equals("string") ? raw.substring(raw.indexOf('=') + 1).strip() : rest.substring(eq + 1).strip();
                out.add(new Line(fieldType, rest.substring(0, eq).strip(), value));
            } else {
                out.add(new Line(fieldType, rest.strip(), null));
            }
        }
        return out;
    }

    /** Resolves a field's type to {@code pkg/Name}, as genmsg does; builtins (and their arrays) stay as they are. */
    static String resolve(String fieldType, String ownPackage) {
        String bare = bare(fieldType);
        if (BUILTINS.contains(bare)) {
            return bare;
        }
        if (bare.equals("Header")) {
            return "std_msgs/Header";
        }
        return bare.contains("/") ? bare : ownPackage + "/" + bare;
    }

    private static String bare(String fieldType) {
        int bracket = fieldType.indexOf('[');
        return bracket < 0 ? fieldType : fieldType.substring(0, bracket);
    }

    private static String packageOf(String type) {
        return type.substring(0, type.indexOf('/'));
    }

    /** The md5sum a TCPROS peer expects for {@code type}. */
    public String md5(String type) {
        StringBuilder sb = new StringBuilder();
        List<Line> lines = parse(type);
        for (Line c : lines) {
            if (c.constant()) {
                sb.append(c.type()).append(' ').append(c.name()).append('=').append(c.constantValue()).append('\n');
            }
        }
        for (Line f : lines) {
            if (f.constant()) {
                continue;
            }
            String resolved = resolve(f.type(), packageOf(type));
            if (BUILTINS.contains(resolved)) {
                sb.append(f.type()).append(' ').append(f.name()).append('\n');
            } else {
                sb.append(md5(resolved)).append(' ').append(f.name()).append('\n');
            }
        }
        return hex(sb.toString().strip());
    }

    /** The embedded message types of {@code type}, depth first, each once. */
    public List<String> dependencies(String type) {
        List<String> all = new ArrayList<>();
        for (Line f : parse(type)) {
            String resolved = resolve(f.type(), packageOf(type));
            if (f.constant() || BUILTINS.contains(resolved)) {
                continue;
            }
            if (!all.contains(resolved)) {
                all.add(resolved);
            }
            for (String d : dependencies(resolved)) {
                if (!all.contains(d)) {
                    all.add(d);
                }
            }
        }
        return all;
    }

    /** The {@code message_definition} for connection headers. */
    public String fullText(String type) {
        StringBuilder sb = new StringBuilder(text(type)).append('\n');
        for (String d : dependencies(type)) {
            sb.append(SEPARATOR).append("MSG: ").append(d).append('\n').append(text(d)).append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }

    private static String hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
