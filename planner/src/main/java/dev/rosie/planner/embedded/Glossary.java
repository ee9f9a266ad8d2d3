package dev.rosie.planner.embedded;

import dev.rosie.core.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What common household names are also called ({@code glossary.txt}): exact aliases and a short
 * description per name. An entry only matters when the map has a thing of that name.
 */
record Glossary(Map<String, Gloss> entries) {
    static final String RESOURCE = "glossary.txt";

    record Gloss(List<String> aliases, String description) {
        Gloss {
            aliases = List.copyOf(aliases);
            description = description == null ? "" : description;
        }
    }

    Glossary {
        entries = Map.copyOf(entries);
    }

    static Glossary empty() {
        return new Glossary(Map.of());
    }

    static Glossary standard() {
        try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the planner jar");
            }
            return parse(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses lines of {@code name: alias, alias | description}; {@code #} starts a comment line. */
    static Glossary parse(String source, Reader reader) throws IOException {
        Map<String, Gloss> out = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int colon = t.indexOf(':');
            if (colon <= 0) {
                throw new InvalidInputException(source + " line " + number + ": expected 'name: aliases | description'");
            }
            String name = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String rest = t.substring(colon + 1);
            int bar = rest.indexOf('|');
            String aliasPart = bar < 0 ? rest : rest.substring(0, bar);
            String description = bar < 0 ? "" : rest.substring(bar + 1).strip().toLowerCase(Locale.ROOT);
            List<String> aliases = Arrays.stream(aliasPart.split(","))
                    .map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty()).toList();
            if (out.put(name, new Gloss(aliases, description)) != null) {
                throw new InvalidInputException(source + " line " + number + ": '" + name + "' is listed twice");
            }
        }
        return new Glossary(out);
    }

    Optional<Gloss> of(String name) {
        return Optional.ofNullable(entries.get(name));
    }
}
