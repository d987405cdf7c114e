package org.concord.forms.expr;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Current answers by question name, as XLSForm strings (a select_multiple is space-separated choice names), and the
 * context expressions need beyond them: repeats, choice labels and the clock.
 */
@FunctionalInterface
public interface Answers {
    /** The current answer of {@code name} (in the current repeat instance when inside one), or null when unanswered. */
    String get(String name);

    /** Every answer of {@code name}: one per repeat instance for a question inside a repeat. */
    default List<String> all(String name) {
        String v = get(name);
        return v == null ? List.of() : List.of(v);
    }

    /** The answer of {@code name} in instance {@code index} (1-based) of its repeat, or null. */
    default String indexed(String name, int index) {
        return index == 1 ? get(name) : null;
    }

    /**
     * The answer of {@code name} in the instances given by repeat name (1-based) for a question in a repeat inside a
     * repeat ({@code indexed-repeat(${q}, ${outer}, 2, ${inner}, 1)}), or null.
     */
    default String indexed(String name, java.util.Map<String, Integer> instances) {
        return instances.size() == 1 ? indexed(name, instances.values().iterator().next()) : null;
    }

    /** The number of instances of repeat {@code name}, or of answers of a question for {@code count()}. */
    default int count(String name) {
        return all(name).size();
    }

    /** The 1-based index of the current repeat instance, or 0 outside a repeat. */
    default int position() {
        return 0;
    }

    /**
     * The 1-based index of the instance of the repeat {@code levels - 1} repeats out from the current one
     * ({@code position(../..)} is 2: the outer repeat's instance inside a repeat inside a repeat), or 0 when there is no
     * such repeat.
     */
    default int position(int levels) {
        return levels == 1 ? position() : 0;
    }

    /** The label of choice {@code value} of question {@code question} in the current language, or null. */
    default String choiceLabel(String question, String value) {
        return null;
    }

    /** In a {@code choice_filter}: the column {@code column} of the choice being filtered, or null. */
    default String choiceColumn(String column) {
        return null;
    }

    /** The current local date and time (the session's clock, so tests can fix it). */
    default LocalDateTime now() {
        return LocalDateTime.now();
    }
}
