package dev.rosie.core.command;

/** How far Rosie trusts a principal, highest first. The policy says what each level may ask for. */
public enum Trust {
    OWNER,
    OPERATOR,
    GUEST,
    UNTRUSTED;

    /** True when this trust is the same as or higher than {@code other}. */
    public boolean atLeast(Trust other) {
        return ordinal() <= other.ordinal();
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code owner|operator|guest|untrusted}, naming the accepted values when it cannot. */
    public static Trust parse(String text) {
        for (Trust t : values()) {
            if (t.wireName().equals(text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT))) {
                return t;
            }
        }
        throw new dev.rosie.core.InvalidInputException(
                "unknown trust '" + text + "'; expected one of owner, operator, guest, untrusted");
    }
}
