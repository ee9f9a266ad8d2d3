package dev.rosie.perception.intake;

import dev.rosie.core.command.Command;
import dev.rosie.core.command.CommandId;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.TextScreener;
import dev.rosie.core.command.Trust;
import dev.rosie.core.command.UntrustedText;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The single door through which text becomes a {@link Command}. Text from a channel that cannot
 * carry commands, or from an untrusted principal, comes out as {@link UntrustedText} instead.
 */
public final class CommandIntake {
    /** Raw input longer than this is refused before normalisation does any work on it. */
    public static final int MAX_RAW = 4 * Command.MAX_TEXT;
    private static final Pattern WAKE_WORD = Pattern.compile("^(?i:(?:hey |ok |okay )?rosie)\\b\\s*[,:!.]?\\s*");

    private final TextNormalizer normalizer;
    private final TextScreener screener;
    private final Clock clock;
    private final Supplier<CommandId> ids;

    public CommandIntake(TextNormalizer normalizer, TextScreener screener, Clock clock, Supplier<CommandId> ids) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.screener = Objects.requireNonNull(screener, "screener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public IntakeResult submit(String raw, Source source) {
        Objects.requireNonNull(source, "source");
        Instant now = clock.instant();
        if (raw == null || raw.isBlank()) {
            return rejected("the command is empty; say what you would like me to do", null, source, now);
        }
        if (raw.length() > MAX_RAW) {
            return rejected("the command is " + raw.length() + " characters; the limit is " + Command.MAX_TEXT, null, source, now);
        }
        String text = normalizer.normalize(raw);
        String withoutWake = WAKE_WORD.matcher(text).replaceFirst("").trim();
        if (withoutWake.isEmpty()) {
            return rejected("the command is empty; say what you would like me to do", null, source, now);
        }
        if (withoutWake.length() > Command.MAX_TEXT) {
            return rejected("the command is " + withoutWake.length() + " characters; the limit is " + Command.MAX_TEXT,
                    null, source, now);
        }
        if (!source.channel().carriesCommands() || source.trust() == Trust.UNTRUSTED) {
            return rejected("text from " + source + " is untrusted: kept as data, never obeyed", withoutWake,
                    new Source(source.channel(), source.principal(), Trust.UNTRUSTED), now);
        }
        return new IntakeResult.Accepted(new Command(ids.get(), withoutWake, source, now, screener.screen(withoutWake)));
    }

    private static IntakeResult rejected(String reason, String keep, Source source, Instant now) {
        Optional<UntrustedText> data = keep == null ? Optional.empty()
                : Optional.of(new UntrustedText(keep, source, source.channel().wireName(), now));
        return new IntakeResult.Rejected(reason, data);
    }
}
