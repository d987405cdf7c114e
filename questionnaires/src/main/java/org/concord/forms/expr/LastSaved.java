package org.concord.forms.expr;

/**
 * ODK's {@code ${last-saved#q}}: the answer to {@code q} in the submission of this form saved last on this laptop. The
 * parser keeps it as a reference named {@code last-saved#q}; the session gives its value from the previous submission.
 */
public final class LastSaved {
    /** What precedes the question's name inside {@code ${...}}. */
    public static final String PREFIX = "last-saved#";

    private LastSaved() {
    }

    /** The question a {@code ${last-saved#q}} reference names ({@code q}), or null for an ordinary reference. */
    public static String question(String reference) {
        return reference.startsWith(PREFIX) ? reference.substring(PREFIX.length()).strip() : null;
    }
}
