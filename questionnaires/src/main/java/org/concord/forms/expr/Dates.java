package org.concord.forms.expr;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dates, times and date-times in expressions, as ODK evaluates them: stored as ISO-8601 text, and as a number of days
 * since 1970-01-01 (with the time of day as a fraction) in arithmetic and comparisons.
 */
public final class Dates {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([+-]\\d{2}:?\\d{2}|Z)?");
    private static final double SECONDS_PER_DAY = 86_400;

    private Dates() {
    }

    /** Days since 1970-01-01 of an ISO date, date-time or time (a time counts from midnight), or null. */
    public static Double toDays(String s) {
        String t = s.strip();
        try {
            if (DATE.matcher(t).matches()) {
                return (double) LocalDate.parse(t).toEpochDay();
            }
            if (DATE_TIME.matcher(t).matches()) {
                LocalDateTime dt = dateTime(t);
                return dt.toLocalDate().toEpochDay() + dt.toLocalTime().toSecondOfDay() / SECONDS_PER_DAY
                        + dt.getNano() / 1e9 / SECONDS_PER_DAY;
            }
            if (TIME.matcher(t).matches()) {
                return time(t).toNanoOfDay() / 1e9 / SECONDS_PER_DAY;
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /** The local date-time of an ISO date-time, with or without an offset (the offset is dropped). */
    public static LocalDateTime dateTime(String t) {
        try {
            return OffsetDateTime.parse(t).toLocalDateTime();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(t);
        }
    }

    /** The local time of an ISO time, with or without an offset. */
    public static LocalTime time(String t) {
        String local = t.replaceFirst("([+-]\\d{2}:?\\d{2}|Z)$", "");
        return LocalTime.parse(local);
    }

    /** The date of a number of days since 1970-01-01 (fractions dropped), as ISO text. */
    static String dateOfDays(double days) {
        return LocalDate.ofEpochDay((long) Math.floor(days)).toString();
    }

    /** The ISO text of a local date-time, to the millisecond (as now() gives it). */
    public static String isoDateTime(LocalDateTime t) {
        return t.truncatedTo(ChronoUnit.MILLIS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    /** ODK's format-date: %Y %y %m %n %b %d %e %H %h %M %S %3 %a, other characters as they are. */
    static String format(String value, String pattern) {
        String v = value.strip();
        LocalDateTime t;
        try {
            if (DATE.matcher(v).matches()) {
                t = LocalDate.parse(v).atStartOfDay();
            } else if (DATE_TIME.matcher(v).matches()) {
                t = dateTime(v);
            } else if (TIME.matcher(v).matches()) {
                t = LocalDate.EPOCH.atTime(time(v));
            } else {
                Double days = Values.isNumeric(v) ? Values.toNumber(v) : null;
                if (days == null) {
                    return "";
                }
                t = LocalDate.EPOCH.atStartOfDay().plusNanos((long) (days * SECONDS_PER_DAY * 1e9));
            }
        } catch (DateTimeParseException e) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 == pattern.length()) {
                out.append(c);
                continue;
            }
            char f = pattern.charAt(++i);
            switch (f) {
                case 'Y' -> out.append(String.format(Locale.ROOT, "%04d", t.getYear()));
                case 'y' -> out.append(String.format(Locale.ROOT, "%02d", t.getYear() % 100));
                case 'm' -> out.append(String.format(Locale.ROOT, "%02d", t.getMonthValue()));
                case 'n' -> out.append(t.getMonthValue());
                case 'b' -> out.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'd' -> out.append(String.format(Locale.ROOT, "%02d", t.getDayOfMonth()));
                case 'e' -> out.append(t.getDayOfMonth());
                case 'H' -> out.append(String.format(Locale.ROOT, "%02d", t.getHour()));
                case 'h' -> out.append(t.getHour());
                case 'M' -> out.append(String.format(Locale.ROOT, "%02d", t.getMinute()));
                case 'S' -> out.append(String.format(Locale.ROOT, "%02d", t.getSecond()));
                case '3' -> out.append(String.format(Locale.ROOT, "%03d", t.getNano() / 1_000_000));
                case 'a' -> out.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                default -> out.append('%').append(f);
            }
        }
        return out.toString();
    }
}
