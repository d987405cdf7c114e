package org.concord.forms.expr;

/**
 * A lexical token of an expression.
 *
 * @param kind     what kind of token
 * @param text     the text: the name inside {@code ${}}, the string without quotes, the operator or function name
 * @param position 0-based character position in the source
 */
record Token(Kind kind, String text, int position) {
    /** Token kinds. */
    enum Kind { NUMBER, STRING, REFERENCE, SELF, NAME, OPERATOR, LPAREN, RPAREN, COMMA, SLASH, LBRACKET, RBRACKET, END }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    /** How the token reads in a message. */
    String describe() {
        return switch (kind) {
            case END -> "end of expression";
            case STRING -> "'" + text + "'";
            case REFERENCE -> "${" + text + "}";
            default -> "'" + text + "'";
        };
    }
}
