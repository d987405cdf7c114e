package org.concord.forms.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits an XLSForm expression into tokens. */
final class Lexer {
    /** Typographic single quotes (as Word and autocorrect write ' ): read as a straight quote, with a warning. */
    private static final String SINGLE_CURLY = "\u2018\u2019";
    /** Typographic double quotes (as Word and autocorrect write " ). */
    private static final String DOUBLE_CURLY = "\u201C\u201D";
    private final String src;
    private int pos;
    /** The strings written in typographic quotes, as written. */
    private final List<String> typographic = new ArrayList<>();

    private Lexer(String src) {
        this.src = src;
    }

    static List<Token> tokenize(String src) {
        return new Lexer(src).run();
    }

    /** The strings of an expression that are written in typographic quotes ({@code ‘yes’}), as written. */
    static List<String> typographicStrings(String src) {
        Lexer lexer = new Lexer(src);
        lexer.run();
        return List.copyOf(lexer.typographic);
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
                pos++;
            }
            if (pos >= src.length()) {
                out.add(new Token(Token.Kind.END, "", pos));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = src.charAt(pos);
        if (c == '$') {
            if (pos + 1 >= src.length() || src.charAt(pos + 1) != '{') {
                throw new ExpressionException("expected '{' after '$' (write a reference as ${name})", pos);
            }
            int close = src.indexOf('}', pos + 2);
            if (close < 0) {
                throw new ExpressionException("unclosed reference: missing '}'", start);
            }
            String name = src.substring(pos + 2, close).trim();
            if (name.isEmpty()) {
                throw new ExpressionException("empty reference ${}", start);
            }
            pos = close + 1;
            return new Token(Token.Kind.REFERENCE, name, start);
        }
        if (SINGLE_CURLY.indexOf(c) >= 0 || DOUBLE_CURLY.indexOf(c) >= 0) {
            String closers = SINGLE_CURLY.indexOf(c) >= 0 ? SINGLE_CURLY : DOUBLE_CURLY;
            int close = pos + 1;
            while (close < src.length() && closers.indexOf(src.charAt(close)) < 0) {
                close++;
            }
            if (close >= src.length()) {
                throw new ExpressionException("unclosed string: missing " + closers.charAt(1) + " after " + c
                        + " (write text in straight quotes ' or \")", start);
            }
            pos = close + 1;
            typographic.add(src.substring(start, pos));
            return new Token(Token.Kind.STRING, src.substring(start + 1, close), start);
        }
        if (c == '\'' || c == '"') {
            int close = src.indexOf(c, pos + 1);
            if (close < 0) {
                throw new ExpressionException("unclosed string: missing " + c, start);
            }
            pos = close + 1;
            return new Token(Token.Kind.STRING, src.substring(start + 1, close), start);
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
            while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                pos++;
            }
            if (pos < src.length() && src.charAt(pos) == '.') {
                pos++;
                while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    pos++;
                }
            }
            return new Token(Token.Kind.NUMBER, src.substring(start, pos), start);
        }
        if (c == '.') {
            if (pos + 1 < src.length() && src.charAt(pos + 1) == '.') {
                pos += 2;
                // ../.. (and further out) is read as one token: only position(../..) takes it.
                while (src.startsWith("/..", pos) && !src.startsWith("/...", pos)) {
                    pos += 3;
                }
                if (pos < src.length() && src.charAt(pos) == '/') {
                    throw new ExpressionException("'..' (parent) paths are not supported; write ${name}", start);
                }
                return new Token(Token.Kind.SELF, src.substring(start, pos), start);
            }
            pos++;
            return new Token(Token.Kind.SELF, ".", start);
        }
        if (Character.isLetter(c) || c == '_') {
            // XPath names may hold '-' (count-selected, string-length).
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
                    || src.charAt(pos) == '-' || src.charAt(pos) == ':')) {
                pos++;
            }
            return new Token(Token.Kind.NAME, src.substring(start, pos), start);
        }
        switch (c) {
            case '(':
                pos++;
                return new Token(Token.Kind.LPAREN, "(", start);
            case ')':
                pos++;
                return new Token(Token.Kind.RPAREN, ")", start);
            case ',':
                pos++;
                return new Token(Token.Kind.COMMA, ",", start);
            case '/':
                pos++;
                return new Token(Token.Kind.SLASH, "/", start);
            case '[':
                pos++;
                return new Token(Token.Kind.LBRACKET, "[", start);
            case ']':
                pos++;
                return new Token(Token.Kind.RBRACKET, "]", start);
            case '=', '+', '-', '*':
                pos++;
                return new Token(Token.Kind.OPERATOR, String.valueOf(c), start);
            case '!':
                if (pos + 1 < src.length() && src.charAt(pos + 1) == '=') {
                    pos += 2;
                    return new Token(Token.Kind.OPERATOR, "!=", start);
                }
                throw new ExpressionException("unexpected '!' (write 'not equal' as !=, negation as not(...))",
                        start);
            case '<', '>':
                pos++;
                if (pos < src.length() && src.charAt(pos) == '=') {
                    pos++;
                    return new Token(Token.Kind.OPERATOR, c + "=", start);
                }
                return new Token(Token.Kind.OPERATOR, String.valueOf(c), start);
            default:
                throw new ExpressionException("unexpected character '" + c + "'", start);
        }
    }
}
