package dev.rosie.safety;

import dev.rosie.core.action.ActionType;
import dev.rosie.core.action.CleanMode;
import dev.rosie.safety.PolicyLoader.ConfirmationFile;
import dev.rosie.safety.PolicyLoader.NeedFile;
import dev.rosie.safety.PolicyLoader.PrivacyFile;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Validates the privacy and owner-confirmation sections of a policy file; each error names its field. */
final class PolicyParts {
    private static final Pattern WINDOW = Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");

    private PolicyParts() {
    }

    static Privacy privacy(PrivacyFile f) {
        if (f == null) {
            throw new IllegalArgumentException("privacy: must say who may hear the routine and receive images");
        }
        return new Privacy(PolicyLoader.trusts(f.routineAnswersTo(), "privacy.routine_answers_to"),
                PolicyLoader.trusts(f.imagesLeaveTo(), "privacy.images_leave_to"));
    }

    static OwnerConfirmation confirmation(ConfirmationFile f) {
        if (f == null) {
            throw new IllegalArgumentException("owner_confirmation: must give expires_after_minutes and needed_for (may be [])");
        }
        List<OwnerConfirmation.Need> needs = new ArrayList<>();
        List<NeedFile> in = f.neededFor() == null ? List.of() : f.neededFor();
        for (int i = 0; i < in.size(); i++) {
            String field = PolicyLoader.element("owner_confirmation.needed_for", i);
            NeedFile n = in.get(i);
            if (n == null) {
                throw new IllegalArgumentException(field + ": is empty");
            }
            ActionType action = PolicyLoader.actionType(n.action(), field + ".action");
            Optional<CleanMode> mode = Optional.ofNullable(n.mode()).map(m -> mode(m, field + ".mode"));
            if (mode.isPresent() && action != ActionType.CLEAN_AREA) {
                throw new IllegalArgumentException(field + ".mode: only clean_area steps have a cleaning mode, not "
                        + action.wireName());
            }
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
                needs.add(new OwnerConfirmation.Need(action, mode, from, to, objectNames(n.objects(), field + ".objects"),
                        tags(n.tags(), field + ".tags"), PolicyLoader.trusts(n.requestedBy(), field + ".requested_by"),
                        n.why().strip()));
            } catch (IllegalArgumentException e) {
                // Every condition was checked above with its own path; what is left is about the entry as a whole.
                throw new IllegalArgumentException(e.getMessage().startsWith(field) ? e.getMessage()
                        : field + ": " + e.getMessage(), e);
            }
        }
        return new OwnerConfirmation(PolicyLoader.minutes(f.expiresAfterMinutes(), "owner_confirmation.expires_after_minutes"),
                needs);
    }

    /** Object names as the map spells them (lower case, trimmed): "Laptop" would otherwise never match. */
    private static Set<String> objectNames(List<String> names, String field) {
        List<String> in = names == null ? List.of() : names;
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < in.size(); i++) {
            out.add(PolicyLoader.name(in.get(i), "object", PolicyLoader.element(field, i)));
        }
        return out;
    }

    /**
     * Tags as the map reads them (its name rule: lower case, trimmed): a policy's {@code Fragile} would
     * otherwise never meet the map's {@code fragile}.
     */
    private static Set<String> tags(List<String> names, String field) {
        List<String> in = names == null ? List.of() : names;
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < in.size(); i++) {
            out.add(PolicyLoader.name(in.get(i), "tag", PolicyLoader.element(field, i)));
        }
        return out;
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
