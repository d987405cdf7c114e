package org.concord.forms.expr;

/** Current answers by question name, as XLSForm strings (a select_multiple is space-separated choice names). */
@FunctionalInterface
public interface Answers {
    /** The current answer of {@code name}, or null when unanswered. */
    String get(String name);
}
