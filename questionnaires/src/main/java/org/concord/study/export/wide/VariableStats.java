package org.concord.study.export.wide;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Gathers what a variable's values show (widest text, range of numbers, decimals) while a table is scanned. */
public final class VariableStats {
    private final String name;
    private final String label;
    private final VariableKind kind;
    private final Measure measure;
    private final SortedMap<Long, String> valueLabels = new TreeMap<>();
    private int width = 1;
    private int decimals;
    private double min = Double.NaN;
    private double max = Double.NaN;
    private boolean integers = true;

    /** A variable about to be scanned. */
    public VariableStats(String name, String label, VariableKind kind, Measure measure) {
        this.name = name;
        this.label = label;
        this.kind = kind;
        this.measure = measure;
    }

    /** Adds value labels. */
    public VariableStats labels(Map<Long, String> labels) {
        valueLabels.putAll(labels);
        return this;
    }

    /**
     * Takes a number (NaN is missing and ignored), counting its decimals from its value, at most 6 for display (a
     * computed number such as 1/3 would show 16); the value itself is always kept whole.
     */
    public void see(double value) {
        if (Double.isNaN(value)) {
            return;
        }
        if (Double.isNaN(min) || value < min) {
            min = value;
        }
        if (Double.isNaN(max) || value > max) {
            max = value;
        }
        if (value != Math.rint(value) || Math.abs(value) > 9.0e15) {
            integers = false;
            String text = Double.toString(value);
            int point = text.indexOf('.');
            if (point >= 0 && text.indexOf('E') < 0) {
                decimals = Math.max(decimals, Math.min(6, text.length() - point - 1));
            }
        }
    }

    /** Takes a number written with {@code decimals} digits after the point. */
    public void see(double value, int decimals) {
        see(value);
        this.decimals = Math.max(this.decimals, Math.min(16, decimals));
    }

    /** Takes a text (null is missing and ignored). */
    public void see(String text) {
        if (text != null) {
            width = Math.max(width, utf8Length(text));
        }
    }

    /** The variable as scanned. */
    public Variable variable() {
        boolean text = kind == VariableKind.TEXT;
        return new Variable(name, label, kind, measure, text ? width : 0, text ? 0 : decimals, min, max,
                integers, valueLabels);
    }

    /** The length of a text in UTF-8 bytes, without encoding it. */
    public static int utf8Length(String s) {
        int n = s.length();
        int bytes = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes++;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    bytes += 2; // 4 bytes for the pair of chars
                    i++;
                } else {
                    bytes += 2;
                }
            }
        }
        return bytes;
    }

    /** The longest start of {@code s} whose UTF-8 form is at most {@code maxBytes} bytes (never half a character). */
    public static byte[] utf8Prefix(String s, int maxBytes) {
        byte[] all = s.getBytes(StandardCharsets.UTF_8);
        if (all.length <= maxBytes) {
            return all;
        }
        int end = maxBytes;
        while (end > 0 && (all[end] & 0xC0) == 0x80) {
            end--; // all[end] continues a character: cut before that character starts
        }
        byte[] out = new byte[end];
        System.arraycopy(all, 0, out, 0, end);
        return out;
    }
}
