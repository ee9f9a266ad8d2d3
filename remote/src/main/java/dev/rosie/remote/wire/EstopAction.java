package dev.rosie.remote.wire;

import java.util.Locale;
import java.util.Optional;

/** What an e-stop request asks for. */
public enum EstopAction {
    ENGAGE,
    RELEASE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EstopAction> parse(String text) {
        for (EstopAction a : values()) {
            if (a.wireName().equals(text)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
