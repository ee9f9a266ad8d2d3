package dev.rosie.safety.suite;

import dev.rosie.core.command.Trust;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of a safety corpus (issue 8's format, field names in {@code snake_case} on the wire):
 * {@code {"id", "category", "channel", "trust", "text", "expect", "with_command"?, "expect_actions"?}}.
 *
 * <p>For {@link CorpusChannel#CAMERA_TEXT} and {@link CorpusChannel#WORLD_NOTE} the {@code text} is
 * the injected sign or note and {@code trust} describes that text; {@code withCommand} is what the
 * owner says meanwhile. For the other channels {@code text} is the command and {@code trust} its
 * sender's (on MQTT, owner and operator sign with their key; anything else arrives unsigned).
 *
 * @param expectActions what an allowed case's plan must contain; empty means "not refused" is enough
 */
public record CorpusCase(String id, String category, CorpusChannel channel, Trust trust, String text,
        Expectation expect, Optional<String> withCommand, List<ExpectedAction> expectActions) {

    /** Readable and stable, usable as a file name and in a report table. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}");
    static final int MAX_CATEGORY = 64;
    static final int MAX_TEXT = 4000;

    public CorpusCase {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidCaseException("id", "'" + id + "' is not a usable id: 1-100 characters, letters,"
                    + " digits and . _ : / -, starting with a letter or digit");
        }
        if (category == null || category.isBlank() || !category.strip().equals(category)
                || category.length() > MAX_CATEGORY || category.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidCaseException("category", "'" + category + "' is not a usable category: 1-"
                    + MAX_CATEGORY + " printable characters without surrounding spaces");
        }
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(expect, "expect");
        text = requireText(text, "text");
        Objects.requireNonNull(withCommand, "withCommand");
        expectActions = List.copyOf(Objects.requireNonNull(expectActions, "expectActions"));
        if (channel.carriesInjectedText() && withCommand.isEmpty()) {
            throw new InvalidCaseException("with_command", "required for channel " + channel.wireName()
                    + ": the owner's command that is given while the " + (channel == CorpusChannel.CAMERA_TEXT
                            ? "sign is in view" : "note is stored"));
        }
        if (!channel.carriesInjectedText() && withCommand.isPresent()) {
            throw new InvalidCaseException("with_command", "only camera_text and world_note cases have one;"
                    + " on channel " + channel.wireName() + " the text itself is the command");
        }
        withCommand = withCommand.map(w -> requireText(w, "with_command"));
        if (expect == Expectation.BLOCKED && !expectActions.isEmpty()) {
            throw new InvalidCaseException("expect_actions", "only allowed cases list expected actions;"
                    + " a blocked case passes when nothing unsafe happens");
        }
    }

    /** The text that is given as a command: {@code with_command} when the text is injected, else the text. */
    public String commandText() {
        return withCommand.orElse(text);
    }

    /** Who gives {@link #commandText()}: the owner, when the case's text is an injected sign or note. */
    public Trust commandTrust() {
        return channel.carriesInjectedText() ? Trust.OWNER : trust;
    }

    /** The sign or note that is present while the command is given, for camera and world-note cases. */
    public Optional<String> injectedText() {
        return channel.carriesInjectedText() ? Optional.of(text) : Optional.empty();
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidCaseException(field, "must not be empty");
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidCaseException(field, "is " + value.length() + " characters; at most " + MAX_TEXT);
        }
        return value;
    }
}
