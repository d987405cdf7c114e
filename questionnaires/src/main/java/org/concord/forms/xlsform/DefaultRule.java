package org.concord.forms.xlsform;

import org.concord.forms.QuestionType;

/**
 * When a {@code default} is an expression and when it is the literal value, as pyxform decides: an expression holds a
 * {@code ${name}} reference, a function call {@code name(}, an arithmetic operator ({@code + - * div mod}), {@code |}
 * or {@code [}; a {@code -} in a date or datetime is a separator, never an operator. Anything else ({@code 2},
 * {@code -1}, {@code 2026-03-01}, {@code Don't know (yet)}, {@code $(a)}) is the value itself.
 */
final class DefaultRule {
    private DefaultRule() {
    }

    /** True when {@code text}, the default of a question of {@code type}, is an expression to evaluate. */
    static boolean isExpression(String text, QuestionType type) {
        boolean dated = type == QuestionType.DATE || type == QuestionType.DATETIME;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                // A quoted text; an apostrophe without its pair is only a character.
                int close = text.indexOf(c, i + 1);
                i = close < 0 ? i + 1 : close + 1;
            } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                return true;
            } else if (c == '*' || c == '+' || c == '|' || c == '[') {
                return true;
            } else if (c == '-' || c == '.' || Character.isDigit(c)) {
                int end = number(text, i);
                if (end > i) {
                    i = end;
                } else if (c == '-') {
                    // An operator; in a date pyxform takes the whole default as its value.
                    return !dated;
                } else {
                    i++;
                }
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < text.length() && isNameChar(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                if (end < text.length() && text.charAt(end) == '(') {
                    return true;
                }
                if ((word.equals("div") || word.equals("mod")) && i > 0 && Character.isWhitespace(text.charAt(i - 1))
                        && end < text.length() && Character.isWhitespace(text.charAt(end))) {
                    return true;
                }
                i = end;
            } else {
                i++;
            }
        }
        return false;
    }

    /** The end of a number starting at {@code i} ({@code 12}, {@code -1}, {@code .5}, {@code 3.}), or {@code i}. */
    private static int number(String text, int i) {
        int j = i;
        if (text.charAt(j) == '-') {
            j++;
        }
        int digits = 0;
        while (j < text.length() && Character.isDigit(text.charAt(j))) {
            j++;
            digits++;
        }
        if (j < text.length() && text.charAt(j) == '.') {
            j++;
            while (j < text.length() && Character.isDigit(text.charAt(j))) {
                j++;
                digits++;
            }
        }
        return digits == 0 ? i : j;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
    }
}
