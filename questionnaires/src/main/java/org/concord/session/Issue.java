package org.concord.session;

import java.util.Locale;
import org.concord.forms.Language;
import org.concord.forms.LocalizedText;

/**
 * Why an answer cannot be accepted yet, shown next to its question.
 *
 * @param question    the question's name
 * @param kind        what is wrong
 * @param formMessage the form's own {@code required_message} / {@code constraint_message} in the participant's
 *                    language, or null when the form has none and the app should show its default for {@code kind}
 */
public record Issue(String question, Kind kind, String formMessage) {

    /** What is wrong with an answer. */
    public enum Kind {
        /** A required question is unanswered. */
        REQUIRED,
        /** The answer breaks the question's {@code constraint}. */
        CONSTRAINT,
        /** An {@code integer} question holds something that is not a whole number. */
        NOT_INTEGER,
        /** A {@code decimal} question holds something that is not a number. */
        NOT_DECIMAL,
        /** A {@code date} question holds something that is not a date (YYYY-MM-DD or DD/MM/YYYY). */
        NOT_DATE,
        /** A {@code time} question holds something that is not a time (HH:MM). */
        NOT_TIME,
        /** A {@code datetime} question holds something that is not a date and time. */
        NOT_DATETIME,
        /** A {@code range} question holds a value outside its start, end and step. */
        OUT_OF_RANGE;

        /** The message key of the app's default text for this kind, e.g. {@code issue.required}. */
        public String messageKey() {
            return "issue." + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    /** The form's message in the participant's language only: a default in their language beats another language. */
    static String formMessage(LocalizedText message, String language, String defaultLanguage) {
        String text = message == null ? null : message.exactly(language);
        if ((text == null || text.isBlank()) && message != null && language.equals(defaultLanguage)) {
            text = message.exactly(Language.DEFAULT_CODE);
        }
        return text == null || text.isBlank() ? null : text;
    }
}
