package org.concord.study.export.wide;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rewrites Concord's names into names a statistics package accepts, the same way every time: accents are dropped
 * ({@code ŵ} becomes {@code w}), any other character that is not a letter, digit or underscore becomes {@code _}, a
 * name that starts with a digit or is a reserved word gets the prefix {@code v_}, a name longer than the package
 * allows is cut (before the instance numbers of a repeated item, {@code _2_3}, which are kept), and a name already
 * taken gets {@code _2}, {@code _3}, ... (cut further to make room).
 */
public final class VariableNames {
    /** SPSS: up to 64 bytes, case-insensitive, reserved words as in the PSPP and SPSS syntax references. */
    public static final VariableNames SPSS = new VariableNames(64, true,
            Set.of("ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH"), null);
    /** Stata: up to 32 characters, case-sensitive, reserved words as in Stata's list (and {@code str1} ... ). */
    public static final VariableNames STATA = new VariableNames(32, false,
            Set.of("_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int", "long", "_n", "_N",
                    "_pi", "_pred", "_rc", "_skip", "strL", "using", "with"), Pattern.compile("str[0-9]+"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** The instance numbers at the end of a repeated item's name: {@code _2} or {@code _2_3}. */
    private static final Pattern INSTANCES = Pattern.compile("(_[0-9]{1,3})+$");
    private final int maxLength;
    private final boolean caseInsensitive;
    private final Set<String> reserved;
    private final Pattern reservedPattern;

    private VariableNames(int maxLength, boolean caseInsensitive, Set<String> reserved, Pattern reservedPattern) {
        this.maxLength = maxLength;
        this.caseInsensitive = caseInsensitive;
        this.reserved = reserved;
        this.reservedPattern = reservedPattern;
    }

    /** The longest name allowed. */
    public int maxLength() {
        return maxLength;
    }

    /** The names for {@code originals}, in the same order: valid, unique, and the same for the same input. */
    public List<String> assign(List<String> originals) {
        List<String> out = new ArrayList<>(originals.size());
        Set<String> taken = new HashSet<>();
        for (String original : originals) {
            String base = valid(original);
            String name = base;
            for (int n = 2; !taken.add(key(name)); n++) {
                String suffix = "_" + n;
                name = base.substring(0, Math.min(base.length(), maxLength - suffix.length())) + suffix;
            }
            out.add(name);
        }
        return out;
    }

    /** One name made valid (not yet unique). */
    public String valid(String original) {
        String ascii = MARKS.matcher(Normalizer.normalize(original == null ? "" : original, Normalizer.Form.NFD))
                .replaceAll("");
        StringBuilder sb = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            boolean ok = c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
            sb.append(ok ? c : '_');
        }
        String name = sb.toString();
        if (name.isEmpty()) {
            name = "v";
        } else if (Character.isDigit(name.charAt(0)) || isReserved(name)) {
            name = "v_" + name;
        } else if (caseInsensitive && name.charAt(0) == '_') {
            name = "v" + name; // SPSS names start with a letter
        }
        if (name.length() > maxLength) {
            java.util.regex.Matcher instances = INSTANCES.matcher(name);
            String kept = instances.find() && instances.group().length() <= maxLength / 3 ? instances.group() : "";
            name = name.substring(0, maxLength - kept.length()) + kept;
        }
        return name;
    }

    private boolean isReserved(String name) {
        String k = caseInsensitive ? name.toUpperCase(Locale.ROOT) : name;
        return reserved.contains(k) || reservedPattern != null && reservedPattern.matcher(name).matches();
    }

    private String key(String name) {
        return caseInsensitive ? name.toUpperCase(Locale.ROOT) : name;
    }
}
