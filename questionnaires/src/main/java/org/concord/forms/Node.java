package org.concord.forms;

import org.concord.forms.expr.Expression;

/** An element of the form's body: a question, a group of elements or a repeat. */
public sealed interface Node permits Question, Group, Repeat {
    /** The XLSForm {@code name}. */
    String name();

    /** The label in each language. */
    LocalizedText label();

    /** The {@code relevant} expression, or null when always relevant. */
    Expression relevant();

    /** The 1-based row of the {@code survey} sheet the element was declared on. */
    int row();
}
