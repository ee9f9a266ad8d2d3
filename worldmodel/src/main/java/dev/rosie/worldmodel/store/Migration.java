package dev.rosie.worldmodel.store;

import java.util.List;
import java.util.Objects;

/**
 * One step of the schema's history. Once released a migration is never edited, only followed by a
 * new one, because databases in the field have already applied it.
 *
 * @param version 1, 2, 3, ... with no gaps
 * @param statements SQL run in order inside the migration's transaction
 */
record Migration(int version, String description, List<String> statements) {
    Migration {
        Objects.requireNonNull(description, "description");
        statements = List.copyOf(statements);
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1, not " + version);
        }
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("migration " + version + " has no statements");
        }
    }
}
