package org.concord.forms.expr;

import java.util.Set;

/** A parsed XLSForm expression, evaluated against answers; names were resolved when the form loaded. */
public interface Expression {
    /**
     * Evaluates the expression.
     *
     * @param answers current answers
     * @param self    the value of {@code .} (the question being checked), or null
     * @return a {@code String}, {@code Double} or {@code Boolean}; unanswered values evaluate to the empty string
     */
    Object evaluate(Answers answers, String self);

    /** Evaluates as a condition (XPath boolean conversion: empty string, 0 and NaN are false). */
    boolean test(Answers answers, String self);

    /** The names referenced as {@code ${name}}. */
    Set<String> references();

    /** The choice columns named by bare words in a {@code choice_filter} ({@code state = ${state}}). */
    default Set<String> choiceColumns() {
        return Set.of();
    }

    /** The secondary instances read with {@code instance('NAME')} or {@code pulldata('NAME', ...)}. */
    default Set<String> instances() {
        return Set.of();
    }

    /** The columns each instance read is asked for (in predicates and at the end of paths), by instance name. */
    default java.util.Map<String, Set<String>> instanceColumns() {
        return java.util.Map.of();
    }

    /**
     * The strings written in typographic quotes ({@code ‘yes’}, {@code “yes”}), as written: read as straight quotes,
     * which ODK's XPath parser would not do.
     */
    default java.util.List<String> typographicStrings() {
        return java.util.List.of();
    }

    /** The source text the expression was parsed from. */
    String source();
}
