package org.concord.study.export.stata;

import java.util.List;
import org.concord.study.export.wide.Variable;
import org.concord.study.export.wide.VariableKind;
import org.concord.study.export.wide.VariableNames;
import org.concord.study.export.wide.VariableStats;

/**
 * The Stata side of each variable: name (at most 32 characters), storage type (the smallest integer type that holds
 * the values, else double; {@code str#} up to 2045 bytes, else {@code strL}), display format and label.
 */
final class DtaColumns {
    static final int STRL = 32768;
    static final int DOUBLE = 65526;
    static final int LONG = 65528;
    static final int INT = 65529;
    static final int BYTE = 65530;
    static final int MAX_STR = 2045;
    /** A variable label holds at most 80 characters (320 bytes in UTF-8). */
    static final int MAX_LABEL_CHARS = 80;

    final List<Variable> variables;
    final List<String> names;
    final int[] types;

    DtaColumns(List<Variable> variables) {
        this.variables = variables;
        this.names = VariableNames.STATA.assign(variables.stream().map(Variable::name).toList());
        this.types = new int[variables.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = type(variables.get(i));
        }
    }

    static int type(Variable v) {
        if (v.kind() == VariableKind.TEXT) {
            int w = Math.max(1, v.width());
            return w <= MAX_STR ? w : STRL;
        }
        if (v.kind() == VariableKind.TIME || !v.integers()) {
            return DOUBLE;
        }
        if (Double.isNaN(v.min())) {
            return BYTE;
        }
        if (v.min() >= -127 && v.max() <= 100) {
            return BYTE;
        }
        if (v.min() >= -32767 && v.max() <= 32740) {
            return INT;
        }
        if (v.min() >= -2147483647 && v.max() <= 2147483620) {
            return LONG;
        }
        return DOUBLE;
    }

    /** Bytes a value of this type takes in a row. */
    static int size(int type) {
        return switch (type) {
            case STRL, DOUBLE -> 8;
            case LONG -> 4;
            case INT -> 2;
            case BYTE -> 1;
            default -> type;
        };
    }

    /** True when the variable's values can carry value labels (Stata labels 32-bit integers). */
    boolean labelled(int i) {
        return !variables.get(i).valueLabels().isEmpty() && (types[i] == BYTE || types[i] == INT || types[i] == LONG);
    }

    String format(int i) {
        Variable v = variables.get(i);
        return switch (types[i]) {
            case STRL -> "%9s";
            case BYTE, INT -> "%8.0g";
            case LONG -> "%12.0g";
            case DOUBLE -> v.kind() == VariableKind.TIME ? "%tc" : "%10.0g";
            default -> "%-" + types[i] + "s";
        };
    }

    /** The label: the question's label, after the original name when the name had to be rewritten. */
    String label(int i) {
        Variable v = variables.get(i);
        String label = v.label();
        if (!names.get(i).equals(v.name())) {
            label = label.isEmpty() ? v.name() : v.name() + ": " + label;
        }
        if (label.codePointCount(0, label.length()) > MAX_LABEL_CHARS) {
            label = label.substring(0, label.offsetByCodePoints(0, MAX_LABEL_CHARS));
        }
        return new String(VariableStats.utf8Prefix(label, 320), java.nio.charset.StandardCharsets.UTF_8);
    }
}
