package dev.rosie.planner.embedded;

import java.util.Objects;

/**
 * One piece of a command between clause boundaries, in lower case.
 *
 * @param before how strongly it is separated from the piece before: a sequence word or sentence end
 *     ("then", ".") is {@link Boundary#STRONG}, a comma or a bare "and" is {@link Boundary#WEAK}
 * @param role whether it asks for something ({@link Role#ACTION}) or only gives context that later
 *     pronouns may refer to ({@link Role#CONTEXT}: a corrected or negated piece)
 */
record Fragment(String text, Boundary before, Role role) {
    enum Boundary { START, STRONG, WEAK }

    enum Role { ACTION, CONTEXT }

    Fragment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(role, "role");
        text = text.strip();
    }

    Fragment withText(String t) {
        return new Fragment(t, before, role);
    }

    Fragment asContext() {
        return new Fragment(text, before, Role.CONTEXT);
    }

    boolean isAction() {
        return role == Role.ACTION;
    }
}
