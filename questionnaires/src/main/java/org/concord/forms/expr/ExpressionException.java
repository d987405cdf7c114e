package org.concord.forms.expr;

/** An expression that does not parse, with the character position where parsing failed. */
public class ExpressionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String detail;

    /** A parse failure at the 0-based character {@code position}, described by {@code detail}. */
    public ExpressionException(String detail, int position) {
        super(detail + " at character " + (position + 1));
        this.detail = detail;
        this.position = position;
    }

    /** The 0-based character position of the failure. */
    public int position() {
        return position;
    }

    /** The 1-based character position, as shown to users. */
    public int column() {
        return position + 1;
    }

    /** What is wrong, without the position. */
    public String detail() {
        return detail;
    }
}
