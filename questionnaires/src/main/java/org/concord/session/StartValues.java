package org.concord.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.forms.expr.Answers;
import org.concord.forms.expr.Dates;

/** The values a session records without asking: metadata ({@code start}, {@code today}, ...) and defaults. */
final class StartValues {
    private StartValues() {
    }

    /** The metadata value of a question when the participant starts, or null when it records none then. */
    static String metadata(Question q, SessionContext context) {
        return switch (q.type()) {
            case START -> now(context);
            case TODAY -> LocalDate.now(context.clock()).toString();
            case DEVICEID -> context.deviceId();
            case USERNAME -> context.username();
            default -> null;
        };
    }

    /** The {@code default} answer of a question (an expression is evaluated now), normalised; or null. */
    static String defaultValue(Question q, Answers view) {
        String value = q.options().defaultValue();
        if (q.options().dynamicDefault() != null) {
            value = asText(q.options().dynamicDefault().evaluate(view, null));
        }
        return value == null || value.isEmpty() ? null : TypedAnswers.normalize(q, value);
    }

    /** The time now as {@code end} and {@code start} record it. */
    static String now(SessionContext context) {
        return Dates.isoDateTime(LocalDateTime.now(context.clock()));
    }

    /** The values to record for {@code end} at submit. */
    static Map<String, String> end(Iterable<Question> questions, SessionContext context) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Question q : questions) {
            if (q.type() == QuestionType.END) {
                out.put(q.name(), now(context));
            }
        }
        return out;
    }

    /** XPath string conversion: whole numbers without a decimal point, booleans as true/false. */
    static String asText(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return null;
            }
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
        }
        return value.toString();
    }
}
