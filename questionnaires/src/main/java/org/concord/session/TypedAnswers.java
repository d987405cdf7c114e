package org.concord.session;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import org.concord.forms.Question;
import org.concord.forms.QuestionOptions;
import org.concord.forms.QuestionType;

/**
 * Typed answers: what a participant may type for a number, date, time, date-time or range question, and the ISO-8601
 * text it is stored as ({@code 2026-03-01}, {@code 14:30:00}, {@code 2026-03-01T14:30:00}).
 */
public final class TypedAnswers {
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);

    /** How each typed question shows the format it expects. */
    public static final String DATE_FORMAT = "YYYY-MM-DD";
    /** The time format shown to participants. */
    public static final String TIME_FORMAT = "HH:MM";
    /** The date-time format shown to participants. */
    public static final String DATETIME_FORMAT = "YYYY-MM-DD HH:MM";

    private TypedAnswers() {
    }

    /** The stored form of a typed answer (ISO for dates and times), or the text as it is when it does not read. */
    public static String normalize(Question q, String value) {
        try {
            return switch (q.type()) {
                case DATE -> date(value).toString();
                case TIME -> time(value).toString().length() == 5 ? time(value) + ":00" : time(value).toString();
                case DATETIME -> dateTime(value);
                default -> value;
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return value;
        }
    }

    /**
     * A stored answer as the participant types it: {@code 14:30:00} as {@code 14:30}, {@code 2026-03-01T14:30:00} as
     * {@code 2026-03-01 14:30} (seconds only when they are not zero); other answers as they are.
     */
    public static String shown(Question q, String stored) {
        if (stored == null || TypedAnswers.issue(q, stored) != null) {
            return stored;
        }
        return switch (q.type()) {
            case TIME -> withoutZeroSeconds(stored);
            case DATETIME -> withoutZeroSeconds(stored.replace('T', ' '));
            default -> stored;
        };
    }

    private static String withoutZeroSeconds(String value) {
        return value.endsWith(":00") && value.length() > 5 && value.charAt(value.length() - 6) == ':'
                ? value.substring(0, value.length() - 3) : value;
    }

    /** What is wrong with the type of a (normalised) answer, or null. */
    public static Issue.Kind issue(Question q, String value) {
        switch (q.type()) {
            case INTEGER:
                return INTEGER.matcher(value).matches() ? null : Issue.Kind.NOT_INTEGER;
            case DECIMAL:
                return DECIMAL.matcher(value).matches() ? null : Issue.Kind.NOT_DECIMAL;
            case DATE:
                return parses(() -> LocalDate.parse(value)) ? null : Issue.Kind.NOT_DATE;
            case TIME:
                return parses(() -> LocalTime.parse(value)) ? null : Issue.Kind.NOT_TIME;
            case DATETIME:
                return parses(() -> LocalDateTime.parse(value)) ? null : Issue.Kind.NOT_DATETIME;
            case RANGE:
                return inRange(q.options().range(), value) ? null : Issue.Kind.OUT_OF_RANGE;
            default:
                return null;
        }
    }

    /** True when {@code value} is a number from start to end (either order) reached from start in whole steps. */
    static boolean inRange(QuestionOptions.Range range, String value) {
        if (range == null || !DECIMAL.matcher(value).matches()) {
            return false;
        }
        BigDecimal v = new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
        BigDecimal lo = range.start().min(range.end());
        BigDecimal hi = range.start().max(range.end());
        if (v.compareTo(lo) < 0 || v.compareTo(hi) > 0) {
            return false;
        }
        return range.step().signum() == 0 || v.subtract(range.start()).remainder(range.step()).signum() == 0;
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static LocalDate date(String value) {
        String v = value.strip();
        return v.contains("/") ? LocalDate.parse(v, UK_DATE) : LocalDate.parse(v, ISO_DATE);
    }

    private static LocalTime time(String value) {
        return LocalTime.parse(value.strip(), TIME);
    }

    private static String dateTime(String value) {
        String[] parts = value.strip().split("[T ]+", 2);
        if (parts.length < 2) {
            throw new IllegalArgumentException("no time");
        }
        LocalTime t = time(parts[1]);
        return LocalDateTime.of(date(parts[0]), t).toString().length() == 16
                ? LocalDateTime.of(date(parts[0]), t) + ":00" : LocalDateTime.of(date(parts[0]), t).toString();
    }

    /** True for a type whose answer is typed as text and normalised here. */
    static boolean isTyped(QuestionType type) {
        return type == QuestionType.DATE || type == QuestionType.TIME || type == QuestionType.DATETIME;
    }
}
