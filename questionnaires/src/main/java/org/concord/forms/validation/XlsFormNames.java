package org.concord.forms.validation;

import java.util.regex.Pattern;

/** The XLSForm rule for names of questions, groups and forms (an XML name without a colon). */
public final class XlsFormNames {
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]*");

    private XlsFormNames() {
    }

    /** True when {@code name} is a valid XLSForm name. */
    public static boolean isValid(String name) {
        return NAME.matcher(name).matches();
    }

    /** How to fix an invalid name, for messages. */
    public static String rule() {
        return "a name starts with a letter or _ and holds only letters, digits, _, - and .";
    }
}
