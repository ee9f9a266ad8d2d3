package dev.rosie.safety;

import dev.rosie.core.command.Screening;
import dev.rosie.core.command.TextScreener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Flags the usual shapes of prompt injection and social engineering in normalised text. The flags
 * are logged and shown to the planner; they decide nothing. The plan guard is the line of defence,
 * so a phrasing this list misses is still stopped there.
 */
public final class InputScreener implements TextScreener {
    private static final Map<String, Pattern> MARKERS = Map.of(
            "instruction-override", Pattern.compile(
                    "\\b(ignore|disregard|forget|override)\\b.{0,40}\\b(instructions?|rules?|polic(y|ies)|owner|programming|guard|safety)\\b"),
            "claimed-authority", Pattern.compile(
                    "\\b(i am|i'm|this is) (your|the) (developer|creator|admin(istrator)?|owner|manufacturer|engineer)\\b"
                            + "|\\b(system|admin|root|developer|maintenance) (override|mode|access|command)\\b"),
            "role-play", Pattern.compile("\\b(pretend|act as|you are now|roleplay|role-play|let's play a game|imagine you)\\b"),
            "safety-tampering", Pattern.compile(
                    "\\b(disable|turn off|switch off|bypass|remove|raise)\\b.{0,30}\\b(safety|guard|limits?|e-?stop|no-go|geofence|bumpers?)\\b"),
            // Base64-looking runs: long, and mixing cases with digits or symbols, so long plain words pass.
            "encoded-payload", Pattern.compile(
                    "(?<![A-Za-z0-9+/])(?=[A-Za-z0-9+/]*[0-9+/])(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*[a-z])[A-Za-z0-9+/]{20,}={0,2}"),
            "spaced-letters", Pattern.compile("\\b(?:[a-z] ){4,}[a-z]\\b"));

    @Override
    public Screening screen(String normalisedText) {
        String t = normalisedText.toLowerCase(Locale.ROOT);
        List<String> flags = new ArrayList<>();
        MARKERS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .filter(e -> e.getValue().matcher(e.getKey().equals("encoded-payload") ? normalisedText : t).find())
                .forEach(e -> flags.add(e.getKey()));
        return new Screening(flags);
    }
}
