package dev.rosie.planner.llm;

import java.util.Objects;

/**
 * A rendered prompt: the system message (role, vocabulary, rules) and the user message (world,
 * untrusted data block, command).
 *
 * @param detail how much of the snapshot survived the token budget
 * @param estimatedTokens {@link TokenBudget#estimate} of both messages
 * @param overBudget true when even the most summarised form did not fit; the prompt is still usable
 */
public record Prompt(String system, String user, SnapshotDetail detail, int estimatedTokens, boolean overBudget) {
    public Prompt {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(detail, "detail");
    }
}
