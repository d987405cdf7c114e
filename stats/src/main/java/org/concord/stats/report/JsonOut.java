package org.concord.stats.report;

/**
 * A minimal streaming JSON writer with fixed key order and deterministic numbers: doubles as {@link Double#toString}
 * (shortest text that reads back to the same double), integers as integers, NaN, infinities and Java null as
 * {@code null}. Written by hand so that the output is byte-for-byte repeatable and needs no dependency.
 */
final class JsonOut {
    private final StringBuilder out = new StringBuilder(1 << 16);
    private int depth;
    private boolean first = true;
    private boolean afterKey;

    JsonOut beginObject() {
        value();
        out.append('{');
        depth++;
        first = true;
        return this;
    }

    JsonOut endObject() {
        return end('}');
    }

    JsonOut beginArray() {
        value();
        out.append('[');
        depth++;
        first = true;
        return this;
    }

    JsonOut endArray() {
        return end(']');
    }

    private JsonOut end(char c) {
        depth--;
        if (!first) {
            newline();
        }
        out.append(c);
        first = false;
        return this;
    }

    JsonOut key(String name) {
        if (!first) {
            out.append(',');
        }
        newline();
        string(name);
        out.append(": ");
        afterKey = true;
        return this;
    }

    /** Prepares for a value: a comma and line break inside arrays, nothing after a key. */
    private void value() {
        if (afterKey) {
            afterKey = false;
        } else if (depth > 0) {
            if (!first) {
                out.append(',');
            }
            newline();
        }
        first = false;
    }

    private void newline() {
        out.append('\n');
        out.append("  ".repeat(depth));
    }

    JsonOut value(String s) {
        value();
        if (s == null) {
            out.append("null");
        } else {
            string(s);
        }
        return this;
    }

    JsonOut value(Double d) {
        value();
        if (d == null || d.isNaN() || d.isInfinite()) {
            out.append("null");
        } else if (d == 0.0) {
            out.append("0.0"); // -0.0 and 0.0 read the same; keep one spelling
        } else {
            out.append(d.toString());
        }
        return this;
    }

    JsonOut value(Long n) {
        value();
        out.append(n == null ? "null" : n.toString());
        return this;
    }

    JsonOut value(Integer n) {
        return value(n == null ? null : n.longValue());
    }

    JsonOut value(boolean b) {
        value();
        out.append(b);
        return this;
    }

    JsonOut field(String key, String s) {
        return key(key).value(s);
    }

    JsonOut field(String key, Double d) {
        return key(key).value(d);
    }

    JsonOut field(String key, Long n) {
        return key(key).value(n);
    }

    JsonOut field(String key, Integer n) {
        return key(key).value(n);
    }

    JsonOut field(String key, boolean b) {
        return key(key).value(b);
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
