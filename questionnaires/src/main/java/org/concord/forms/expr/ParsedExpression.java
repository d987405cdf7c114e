package org.concord.forms.expr;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An expression parsed into a tree. Equal source text gives equal records, so two loads of one form are equal.
 *
 * @param source the text it was parsed from
 * @param root   the tree
 */
record ParsedExpression(String source, Term root) implements Expression {
    @Override
    public Object evaluate(Answers answers, String self) {
        return root.eval(answers, self);
    }

    @Override
    public boolean test(Answers answers, String self) {
        return Values.toBoolean(root.eval(answers, self));
    }

    @Override
    public Set<String> references() {
        Set<String> out = new LinkedHashSet<>();
        root.collectReferences(out);
        return Collections.unmodifiableSet(out);
    }

    @Override
    public Set<String> choiceColumns() {
        Set<String> out = new LinkedHashSet<>();
        Term.ChoiceColumn.collect(root, out);
        return Collections.unmodifiableSet(out);
    }

    @Override
    public Set<String> instances() {
        return instanceColumns().keySet();
    }

    @Override
    public java.util.Map<String, Set<String>> instanceColumns() {
        java.util.Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
        InstanceQuery.collectColumns(root, out);
        return Collections.unmodifiableMap(out);
    }

    @Override
    public java.util.List<String> typographicStrings() {
        return Lexer.typographicStrings(source);
    }

    @Override
    public String toString() {
        return source;
    }
}
