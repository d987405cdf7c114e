package org.concord.forms.expr;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The functions of the supported expression subset, with their argument counts. */
enum Function {
    NOT("not", 1, 1),
    SELECTED("selected", 2, 2),
    COUNT_SELECTED("count-selected", 1, 1),
    IF("if", 3, 3),
    STRING_LENGTH("string-length", 1, 1),
    REGEX("regex", 2, 2),
    COALESCE("coalesce", 2, 2),
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
        return String.join(", ", names).toLowerCase(Locale.ROOT);
    }
}
