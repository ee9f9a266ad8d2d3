/**
 * The embedded planner: the offline default. It cuts a command into clauses, applies the speaker's
 * corrections, matches each clause to a skill by MiniLM embedding similarity against many exemplar
 * phrasings (the {@code exemplars.txt} resource), fills the skill's slots from the world snapshot's
 * names (exact, alias from {@code glossary.txt}, or similarity), and answers with a plan, a
 * clarifying question when unsure, or a polite refusal of what no household robot could do.
 */
package dev.rosie.planner.embedded;
