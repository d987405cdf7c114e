package org.concord.study.export.spss;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.study.export.wide.Variable;
import org.concord.study.export.wide.VariableKind;
import org.concord.study.export.wide.VariableNames;

/**
 * How variables lie in an SPSS system file: long names, the 8-byte short names of every segment, and the segments
 * themselves. A string wider than 255 bytes (a very long string) is stored as segments of width 255 each holding 255
 * bytes of the value, the last one narrower, as GNU PSPP's description of the format says.
 */
final class SavLayout {
    /** Widest segment. */
    static final int SEGMENT = 255;
    /** Bytes of a very long string's width that each segment accounts for. */
    static final int SEGMENT_STEP = 252;
    /** Widest string SPSS holds. */
    static final int MAX_WIDTH = 32767;

    final List<Variable> variables;
    final List<String> names;
    /** Per variable, the width of each segment (0 for a numeric variable). */
    final List<int[]> segments = new ArrayList<>();
    /** Per variable, the short name of each segment. */
    final List<String[]> shortNames = new ArrayList<>();
    /** Per variable, its dictionary index (its first 8-byte element, counting from 0). */
    final int[] firstElement;
    final int elements;

    SavLayout(List<Variable> variables) {
        this.variables = variables;
        this.names = VariableNames.SPSS.assign(variables.stream().map(Variable::name).toList());
        this.firstElement = new int[variables.size()];
        Set<String> taken = new HashSet<>();
        int element = 0;
        for (int i = 0; i < variables.size(); i++) {
            Variable v = variables.get(i);
            int[] widths = widths(v);
            segments.add(widths);
            String[] shorts = new String[widths.length];
            for (int s = 0; s < widths.length; s++) {
                shorts[s] = shortName(names.get(i), taken);
            }
            shortNames.add(shorts);
            firstElement[i] = element;
            for (int w : widths) {
                element += elementsOf(w);
            }
        }
        elements = element;
    }

    /** The segment widths of a variable: {0} for numbers, {w} up to 255 bytes, else the very long string's segments. */
    static int[] widths(Variable v) {
        if (v.kind() != VariableKind.TEXT) {
            return new int[] {0};
        }
        int w = textWidth(v);
        if (w <= SEGMENT) {
            return new int[] {w};
        }
        int n = (w + SEGMENT_STEP - 1) / SEGMENT_STEP;
        int[] out = new int[n];
        java.util.Arrays.fill(out, SEGMENT);
        out[n - 1] = w - (n - 1) * SEGMENT_STEP;
        return out;
    }

    /** The width of a text variable in the file: its widest value, at least 1, at most SPSS's 32,767 bytes. */
    static int textWidth(Variable v) {
        return Math.min(MAX_WIDTH, Math.max(1, v.width()));
    }

    /** 8-byte elements a segment takes (a number takes one). */
    static int elementsOf(int width) {
        return width == 0 ? 1 : (width + 7) / 8;
    }

    /** A unique upper-case short name of at most 8 bytes made from the long name (ASCII, starting with a letter). */
    private static String shortName(String longName, Set<String> taken) {
        String base = longName.toUpperCase(Locale.ROOT);
        String name = base.substring(0, Math.min(8, base.length()));
        for (int n = 2; !taken.add(name); n++) {
            String suffix = Integer.toString(n);
            name = base.substring(0, Math.min(base.length(), 8 - suffix.length())) + suffix;
        }
        return name;
    }
}
