package org.concord.forms.expr;

import java.util.Arrays;
import java.util.List;

/** The functions of the supported expression subset, with their argument counts. */
enum Function {
    NOT("not", 1, 1),
    SELECTED("selected", 2, 2),
    COUNT_SELECTED("count-selected", 1, 1),
    SELECTED_AT("selected-at", 2, 2),
    CHOICE_NAME("jr:choice-name", 2, 2),
    IF("if", 3, 3),
    STRING_LENGTH("string-length", 1, 1),
    NORMALIZE_SPACE("normalize-space", 0, 1),
    TRANSLATE("translate", 3, 3),
    SUBSTRING_BEFORE("substring-before", 2, 2),
    SUBSTRING_AFTER("substring-after", 2, 2),
    REGEX("regex", 2, 2),
    COALESCE("coalesce", 2, 2),
    CONCAT("concat", 0, Integer.MAX_VALUE),
    SUBSTR("substr", 2, 3),
    CONTAINS("contains", 2, 2),
    STARTS_WITH("starts-with", 2, 2),
    ENDS_WITH("ends-with", 2, 2),
    STRING("string", 1, 1),
    NUMBER("number", 1, 1),
    INT("int", 1, 1),
    ROUND("round", 1, 2),
    FLOOR("floor", 1, 1),
    CEILING("ceiling", 1, 1),
    ABS("abs", 1, 1),
    POW("pow", 2, 2),
    SQRT("sqrt", 1, 1),
    BOOLEAN_FROM_STRING("boolean-from-string", 1, 1),
    ONCE("once", 1, 1),
    TODAY("today", 0, 0),
    NOW("now", 0, 0),
    RANDOM("random", 0, 0),
    DATE("date", 1, 1),
    DECIMAL_DATE_TIME("decimal-date-time", 1, 1),
    FORMAT_DATE("format-date", 2, 2),
    FORMAT_DATE_TIME("format-date-time", 2, 2),
    SUM("sum", 1, 1),
    MAX("max", 1, Integer.MAX_VALUE),
    MIN("min", 1, Integer.MAX_VALUE),
    COUNT("count", 1, 1),
    POSITION("position", 0, 1),
    INDEXED_REPEAT("indexed-repeat", 3, 7),
    TRUE("true", 0, 0),
    FALSE("false", 0, 0);

    private final String xpathName;
    private final int minArgs;
    private final int maxArgs;

    Function(String xpathName, int minArgs, int maxArgs) {
        this.xpathName = xpathName;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
    }

    String xpathName() {
        return xpathName;
    }

    int minArgs() {
        return minArgs;
    }

    int maxArgs() {
        return maxArgs;
    }

    /** True for functions whose {@code ${name}} arguments stand for every repeat instance of the question. */
    boolean aggregates() {
        return this == SUM || this == MAX || this == MIN || this == COUNT;
    }

    static Function byName(String name) {
        for (Function f : values()) {
            if (f.xpathName.equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** The supported names, for messages. */
    static String supportedNames() {
        List<String> names = Arrays.stream(values()).map(f -> f.xpathName + "()").toList();
        return String.join(", ", names);
    }
}
