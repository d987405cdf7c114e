package org.concord.study.export;

import java.util.regex.Pattern;

/**
 * Protection against formula injection (OWASP "CSV Injection"): a text that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return would be run as a formula by Excel or LibreOffice. In CSV such a text
 * is written with a leading apostrophe ({@code '=1+1}), which spreadsheets show as text; plain numbers such as
 * {@code -2} or {@code -0.5} are left alone because a spreadsheet reads them as numbers, not formulas. In a workbook
 * the text is stored as a string cell (never a formula) and marked quote-prefixed, Excel's own flag for the same.
 */
public final class FormulaGuard {
    private static final Pattern PLAIN_NEGATIVE_NUMBER = Pattern.compile("-\\d+(\\.\\d+)?");

    private FormulaGuard() {
    }

    /** True when a spreadsheet could take {@code text} for a formula. */
    public static boolean isRisky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text as it is written into a CSV cell: with a leading {@code '} when it is risky and not a number. */
    public static String csv(String text) {
        if (isRisky(text) && !PLAIN_NEGATIVE_NUMBER.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }
}
