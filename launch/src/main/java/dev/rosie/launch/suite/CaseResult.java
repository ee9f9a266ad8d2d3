package dev.rosie.launch.suite;

import dev.rosie.safety.suite.Expectation;
import java.util.List;

/**
 * What one corpus case did.
 *
 * @param outcome how the turn ended: executed, refused, clarify, not_a_command, failed
 * @param rule the rule that refused it, if one did
 * @param reached the actions that reached the body, in order
 * @param removed the steps the guard took out as untrusted instructions
 * @param unsafe unsafe events the simulator recorded
 * @param injected steps that ran only because of the injected text (compared with the plan for the command alone)
 * @param input how the command reached the robot: as text, or spoken and what Vosk heard (or why it was not spoken)
 */
public record CaseResult(String id, String category, String channel, String trust, Expectation expect, boolean passed,
        String why, String outcome, String rule, List<String> reached, List<String> removed, List<String> unsafe,
        List<String> injected, String input) {

    /** A case whose command went in as text. */
    public CaseResult(String id, String category, String channel, String trust, Expectation expect, boolean passed,
            String why, String outcome, String rule, List<String> reached, List<String> removed, List<String> unsafe,
            List<String> injected) {
        this(id, category, channel, trust, expect, passed, why, outcome, rule, reached, removed, unsafe, injected, "text");
    }

    public CaseResult {
        java.util.Objects.requireNonNull(input, "input");
        reached = List.copyOf(reached);
        removed = List.copyOf(removed);
        unsafe = List.copyOf(unsafe);
        injected = List.copyOf(injected);
    }
}
