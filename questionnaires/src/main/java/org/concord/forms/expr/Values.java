package org.concord.forms.expr;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** XPath-like conversions between the three value types of expressions: String, Double and Boolean. */
public final class Values {
    private static final Pattern NUMBER = Pattern.compile("\\s*-?(\\d+(\\.\\d*)?|\\.\\d+)\\s*");

    private Values() {
    }

    /** XPath boolean(): empty string, 0 and NaN are false. */
    public static boolean toBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Double d) {
            return d != 0 && !d.isNaN();
        }
        return value != null && !((String) value).isEmpty();
    }

    /** XPath number(): a string that is not a plain decimal number (including empty) is NaN. */
    public static double toNumber(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        String s = value == null ? "" : (String) value;
        if (NUMBER.matcher(s).matches()) {
            return Double.parseDouble(s.trim());
        }
        // Dates, times and date-times count as days since 1970-01-01, as in ODK.
        Double days = s.isEmpty() || !Character.isDigit(s.strip().charAt(0)) ? null : Dates.toDays(s);
        return days == null ? Double.NaN : days;
    }

    /** XPath string(): whole numbers without a decimal point, booleans as true/false. */
    public static String toText(Object value) {
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return "NaN";
            }
            if (d.isInfinite()) {
                return d > 0 ? "Infinity" : "-Infinity";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        return value == null ? "" : (String) value;
    }

    /** True for a number that is not NaN, or a string that reads as a number. */
    public static boolean isNumeric(Object value) {
        if (value instanceof Double d) {
            return !d.isNaN();
        }
        return value instanceof String s && (NUMBER.matcher(s).matches() || !Double.isNaN(toNumber(s)));
    }
}
