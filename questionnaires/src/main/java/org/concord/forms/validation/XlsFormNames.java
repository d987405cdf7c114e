package org.concord.forms.validation;

import java.util.regex.Pattern;

/** The XLSForm rule for names of questions, groups and forms (an XML name without a colon). */
public final class XlsFormNames {
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]*");

    /** A {@code ${name}} shown inside a label, hint or message; group 1 is the name (strip it of spaces). */
    public static final Pattern TEXT_REFERENCE = Pattern.compile("\\$\\{([^}]*)}");

    /** The submission's id that pyxform puts in every form's {@code meta}, which {@code ${instanceID}} reads. */
    public static final String INSTANCE_ID = "instanceID";

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
