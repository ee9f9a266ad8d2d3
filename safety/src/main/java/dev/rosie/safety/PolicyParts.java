package dev.rosie.safety;

import dev.rosie.core.action.CleanMode;
import dev.rosie.core.command.Trust;
import dev.rosie.safety.PolicyLoader.ConfirmationFile;
import dev.rosie.safety.PolicyLoader.NeedFile;
import dev.rosie.safety.PolicyLoader.PrivacyFile;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Validates the privacy and owner-confirmation sections of a policy file; each error names its field. */
final class PolicyParts {
    private static final Pattern WINDOW = Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");

    private PolicyParts() {
    }

    static Privacy privacy(PrivacyFile f) {
        if (f == null) {
            throw new IllegalArgumentException("privacy: must say who may hear the routine and receive images");
        }
        return new Privacy(trusts(f.routineAnswersTo(), "privacy.routine_answers_to"),
                trusts(f.imagesLeaveTo(), "privacy.images_leave_to"));
    }

    static OwnerConfirmation confirmation(ConfirmationFile f) {
        if (f == null) {
            throw new IllegalArgumentException("owner_confirmation: must give expires_after_minutes and needed_for (may be [])");
        }
        List<OwnerConfirmation.Need> needs = new ArrayList<>();
        List<NeedFile> in = f.neededFor() == null ? List.of() : f.neededFor();
        for (int i = 0; i < in.size(); i++) {
            String field = "owner_confirmation.needed_for[" + i + "]";
            NeedFile n = in.get(i);
            if (n == null) {
                throw new IllegalArgumentException(field + ": is empty");
            }
            Optional<CleanMode> mode = Optional.ofNullable(n.mode()).map(m -> mode(m, field + ".mode"));
            Optional<LocalTime> from = Optional.empty();
            Optional<LocalTime> to = Optional.empty();
            if (n.between() != null) {
                Matcher m = WINDOW.matcher(n.between().strip());
                if (!m.matches()) {
                    throw new IllegalArgumentException(field + ".between: must be 'HH:MM-HH:MM', not '" + n.between() + "'");
                }
                from = Optional.of(time(m.group(1), field + ".between"));
                to = Optional.of(time(m.group(2), field + ".between"));
            }
            if (n.why() == null || n.why().isBlank()) {
                throw new IllegalArgumentException(field + ".why: must say why the owner is asked");
            }
            try {
                needs.add(new OwnerConfirmation.Need(PolicyLoader.actionType(n.action(), field + ".action"), mode, from, to,
                        objectNames(n.objects(), field + ".objects"), Set.copyOf(n.tags() == null ? List.of() : n.tags()),
                        trusts(n.requestedBy(), field + ".requested_by"), n.why().strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().startsWith("owner_confirmation") ? e.getMessage()
                        : field + ": " + e.getMessage(), e);
            }
        }
        return new OwnerConfirmation(PolicyLoader.minutes(f.expiresAfterMinutes(), "owner_confirmation.expires_after_minutes"),
                needs);
    }

    /** Object names as the map spells them (lower case, trimmed): "Laptop" would otherwise never match. */
    private static Set<String> objectNames(List<String> names, String field) {
        return (names == null ? List.<String>of() : names).stream().map(name -> {
            try {
                return dev.rosie.core.action.Names.require(name, "object");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
            }
        }).collect(Collectors.toSet());
    }

    private static Set<Trust> trusts(List<String> names, String field) {
        return (names == null ? List.<String>of() : names).stream().map(t -> PolicyLoader.trust(t, field))
                .collect(Collectors.toSet());
    }

    private static CleanMode mode(String name, String field) {
        for (CleanMode m : CleanMode.values()) {
            if (m.wireName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException(field + ": unknown cleaning mode '" + name + "'; known: "
                + List.of(CleanMode.values()).stream().map(CleanMode::wireName).toList());
    }

    private static LocalTime time(String text, String field) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a time of day");
        }
    }
}
