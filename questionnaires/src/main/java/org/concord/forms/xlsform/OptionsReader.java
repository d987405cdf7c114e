package org.concord.forms.xlsform;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.concord.common.Problem;
import org.concord.forms.QuestionOptions;
import org.concord.forms.QuestionType;
import org.concord.forms.expr.Expression;
import org.concord.forms.expr.ExpressionException;
import org.concord.forms.expr.ExpressionParser;
import org.concord.forms.expr.LastSaved;

/** Reads the less common columns of a question row: default, read_only, trigger, choice_filter, range parameters. */
final class OptionsReader {
    /** Parses an expression column of a row (recording its references), or returns null. */
    @FunctionalInterface
    interface Expressions {
        Expression parse(int row, List<String> cells, String column);
    }

    private final SheetColumns cols;
    private final List<Problem> problems;
    private final List<Problem> warnings;
    private final Expressions expressions;
    /** choice_filter expressions by row, for the checks of their choice columns. */
    final java.util.Map<Integer, Expression> choiceFilters = new java.util.LinkedHashMap<>();
    /** Trigger references by row: each must name a question. */
    final java.util.Map<Integer, String> triggers = new java.util.LinkedHashMap<>();
    /** The instances that instance() and pulldata() in a choice_filter read. */
    org.concord.forms.expr.SecondaryInstances instances = new org.concord.forms.expr.SecondaryInstances();
    /** Rows whose default holds {@code $(}: pyxform's literal value, probably meant as {@code ${name}}. */
    final java.util.Map<Integer, String> literalDollarDefaults = new java.util.LinkedHashMap<>();
    /** Rows whose trigger was written {@code ${last-saved#q}}: read as {@code ${q}}, with a warning. */
    final java.util.Set<Integer> lastSavedTriggers = new java.util.LinkedHashSet<>();

    OptionsReader(SheetColumns cols, List<Problem> problems, List<Problem> warnings, Expressions expressions) {
        this.cols = cols;
        this.problems = problems;
        this.warnings = warnings;
        this.expressions = expressions;
    }

    private Sheet sheet() {
        return cols.sheet();
    }

    QuestionOptions read(int row, List<String> cells, QuestionType type, boolean orOther) {
        String defaultText = cols.get(cells, "default");
        Expression dynamicDefault = null;
        if (DefaultRule.isExpression(defaultText, type)) {
            dynamicDefault = expressions.parse(row, cells, "default");
        } else if (defaultText.contains("$(")) {
            literalDollarDefaults.put(row, defaultText);
        }
        String trigger = trigger(row, cells);
        if (trigger != null && cols.get(cells, "calculation").isEmpty()) {
            problems.add(sheet().problem(row, cols.header("trigger"), "trigger needs a calculation: write the "
                    + "value to set when ${" + trigger + "} changes in the calculation column"));
        }
        return new QuestionOptions(orOther, defaultText.isEmpty() || dynamicDefault != null ? null : defaultText,
                dynamicDefault, readOnly(row, cells), trigger, choiceFilter(row, cells, type),
                type == QuestionType.RANGE ? range(row, cells) : null,
                type.hasChoices() ? ParameterRules.shuffle(cols.get(cells, "parameters")) : null);
    }

    private Expression readOnly(int row, List<String> cells) {
        String v = cols.get(cells, "read_only");
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "true()" -> ExpressionParser.constant(true, v);
            case "", "no", "false", "false()" -> null;
            default -> expressions.parse(row, cells, "read_only");
        };
    }

    private String trigger(int row, List<String> cells) {
        String v = cols.get(cells, "trigger").strip();
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("\\$\\{[^}]+}")) {
            problems.add(sheet().problem(row, cols.header("trigger"), "trigger must name one question as ${name}, "
                    + "not " + v));
            return null;
        }
        String name = v.substring(2, v.length() - 1).strip();
        if (LastSaved.question(name) != null) {
            // pyxform reads a trigger's references as the questions they name.
            name = LastSaved.question(name);
            lastSavedTriggers.add(row);
        }
        triggers.put(row, name);
        return name;
    }

    private Expression choiceFilter(int row, List<String> cells, QuestionType type) {
        String text = cols.get(cells, "choice_filter");
        if (text.isEmpty()) {
            return null;
        }
        if (!type.hasChoices()) {
            warnings.add(sheet().problem(row, cols.header("choice_filter"), "choice_filter is only for select "
                    + "questions, so it is ignored on this " + type.xlsformName() + ", as pyxform ignores it; "
                    + "remove it"));
            return null;
        }
        try {
            Expression e = ExpressionParser.parseChoiceFilter(text, instances);
            choiceFilters.put(row, e);
            String quotes = ExpressionParser.typographicQuotesWarning(e);
            if (quotes != null) {
                warnings.add(sheet().problem(row, cols.header("choice_filter"), quotes));
            }
            return e;
        } catch (ExpressionException e) {
            problems.add(sheet().problem(row, cols.header("choice_filter"), "cannot parse the expression: "
                    + e.getMessage()));
            return null;
        }
    }

    /** The start, end and step of a range (pyxform's defaults 1, 10 and 1). */
    private QuestionOptions.Range range(int row, List<String> cells) {
        BigDecimal start = BigDecimal.ONE;
        BigDecimal end = BigDecimal.TEN;
        BigDecimal step = BigDecimal.ONE;
        for (ParameterRules.Param p : ParameterRules.params(cols.get(cells, "parameters"))) {
            BigDecimal value;
            try {
                value = new BigDecimal(p.value());
            } catch (NumberFormatException e) {
                problems.add(sheet().problem(row, cols.header("parameters"), "range parameter " + p.text()
                        + " needs a number, e.g. start=0 end=10 step=1"));
                continue;
            }
            switch (p.key()) {
                case "start" -> start = value;
                case "end" -> end = value;
                case "step" -> step = value;
                default -> problems.add(sheet().problem(row, cols.header("parameters"), "parameter " + p.text()
                        + " is not a range parameter; a range takes start, end and step"));
            }
        }
        if (step.signum() == 0) {
            problems.add(sheet().problem(row, cols.header("parameters"), "range step must not be 0"));
        } else if (end.subtract(start).remainder(step).signum() != 0) {
            problems.add(sheet().problem(row, cols.header("parameters"), "range from " + start.toPlainString()
                    + " to " + end.toPlainString() + " is not reached in steps of " + step.toPlainString()
                    + "; change start, end or step"));
        }
        return new QuestionOptions.Range(start, end, step.abs());
    }
}
