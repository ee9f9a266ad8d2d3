package dev.rosie.safety.suite;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A loaded corpus: its cases in file order, where they came from, and the line each case is on so
 * that a report can point a reader at it.
 */
public record Corpus(String source, List<CorpusCase> cases, Map<String, Integer> lines) {

    public Corpus {
        Objects.requireNonNull(source, "source");
        cases = List.copyOf(cases);
        lines = Map.copyOf(lines);
        for (CorpusCase c : cases) {
            if (!lines.containsKey(c.id())) {
                throw new IllegalArgumentException("no line number for case " + c.id());
            }
        }
    }

    public int size() {
        return cases.size();
    }

    public Optional<CorpusCase> find(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public int lineOf(String id) {
        Integer line = lines.get(id);
        if (line == null) {
            throw new IllegalArgumentException("no case '" + id + "' in " + source);
        }
        return line;
    }

    public List<CorpusCase> withExpectation(Expectation expect) {
        return cases.stream().filter(c -> c.expect() == expect).toList();
    }

    /** Number of cases per category, sorted by category name. */
    public Map<String, Long> countByCategory() {
        return cases.stream().collect(Collectors.groupingBy(CorpusCase::category, TreeMap::new,
                Collectors.counting()));
    }

    public Map<String, CorpusCase> byId() {
        return cases.stream().collect(Collectors.toMap(CorpusCase::id, Function.identity()));
    }
}
