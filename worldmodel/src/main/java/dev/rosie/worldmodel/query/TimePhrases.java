package dev.rosie.worldmodel.query;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * Times as a person says them, in the household's zone: "today at 09:10", "yesterday at 18:30",
 * "on Friday at 10:00", "on 3 February at 08:00", and ages such as "25 minutes ago".
 */
final class TimePhrases {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter FULL_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ZoneId zone;
    private final Instant now;

    TimePhrases(ZoneId zone, Instant now) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.now = Objects.requireNonNull(now, "now");
    }

    LocalDate today() {
        return now.atZone(zone).toLocalDate();
    }

    Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    String clock(Instant t) {
        return CLOCK.format(t.atZone(zone));
    }

    /** "today at 09:10", "yesterday at 18:30", "on Friday at 10:00" (this past week), else the date. */
    String when(Instant t) {
        ZonedDateTime at = t.atZone(zone);
        LocalDate day = at.toLocalDate();
        long daysAgo = ChronoUnit.DAYS.between(day, today());
        String time = CLOCK.format(at);
        if (day.equals(today())) {
            return "today at " + time;
        }
        if (day.equals(today().minusDays(1))) {
            return "yesterday at " + time;
        }
        if (daysAgo > 1 && daysAgo < 7) {
            return "on " + WEEKDAY.format(at) + " at " + time;
        }
        return "on " + (day.getYear() == today().getYear() ? DAY_MONTH.format(at) : DAY_MONTH_YEAR.format(at)) + " at " + time;
    }

    /** "Sunday 1 March". */
    String day(LocalDate day) {
        return FULL_DAY.format(day);
    }

    String ago(Instant t) {
        return age(Duration.between(t, now));
    }

    /** "just now", "1 minute ago", "3 hours 5 minutes ago", "2 days ago"; a future time reads "just now". */
    static String age(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return plural(minutes, "minute") + " ago";
        }
        long hours = d.toHours();
        if (hours < 48) {
            long rest = minutes % 60;
            return plural(hours, "hour") + (hours < 6 && rest > 0 ? " " + plural(rest, "minute") : "") + " ago";
        }
        return plural(d.toDays(), "day") + " ago";
    }

    /** "8 min", "1 h 5 min": how long something took. */
    static String took(Duration d) {
        long minutes = Math.round(d.toSeconds() / 60.0);
        if (minutes < 1) {
            return "under a minute";
        }
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h" + (minutes % 60 > 0 ? " " + minutes % 60 + " min" : "");
    }

    static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
