package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.common.Problem;
import org.concord.forms.QuestionType;

/**
 * The {@code parameters} column of a question row other than a range or a group (those read their own): the
 * parameters pyxform accepts that only change how ODK Collect draws or records a question are read and named in a
 * warning; any other parameter is an error.
 */
final class ParameterRules {
    /** Audit parameters of ODK Collect (location tracking, change tracking, user identity). */
    private static final Set<String> AUDIT = Set.of("location-priority", "location-min-interval",
            "location-max-age", "track-changes", "identify-user", "track-changes-reasons");

    private ParameterRules() {
    }

    static void check(int row, String text, QuestionType type, Sheet sheet, String header, List<Problem> problems,
                      List<Problem> warnings) {
        if (text.isBlank() || type == QuestionType.RANGE) {
            return;
        }
        List<String> keys = new ArrayList<>();
        for (String part : text.split("[\\s,;]+")) {
            if (!part.isEmpty()) {
                keys.add(part.split("=", 2)[0].strip().toLowerCase(Locale.ROOT));
            }
        }
        String reason = reason(type, keys);
        if (reason == null) {
            problems.add(sheet.problem(row, header, "parameters " + text.strip() + " on type " + type.xlsformName()
                    + " are not supported by Concord; only a range (start, end, step) and a begin_group "
                    + "(randomize=true) take parameters, and text rows=, select randomize=/seed= and the audit's "
                    + "ODK Collect options are read with a warning"));
        } else {
            warnings.add(sheet.problem(row, header, "parameters " + text.strip() + " are not used: " + reason));
        }
    }

    /** Why the parameters are known and unused, or null when one of them is not known for the type. */
    private static String reason(QuestionType type, List<String> keys) {
        if (type == QuestionType.AUDIT && AUDIT.containsAll(keys)) {
            return "Concord's paradata records the screens shown and left and the language changes, not the laptop's"
                    + " location, reasons for changes or the user's identity";
        }
        if (type == QuestionType.TEXT && Set.of("rows").containsAll(keys)) {
            return "the kiosk sizes text boxes itself";
        }
        if (type.hasChoices() && Set.of("randomize", "seed").containsAll(keys)) {
            return "the kiosk shows the answers in the order of the choices sheet; to randomise the order of "
                    + "questions put them in a begin_group with randomize=true";
        }
        return null;
    }
}
