package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.common.Problem;
import org.concord.forms.QuestionOptions;
import org.concord.forms.QuestionType;

/**
 * The {@code parameters} column of a question row other than a range or a group (those read their own): a select's
 * {@code randomize} and {@code seed}; the parameters pyxform accepts that only change how ODK Collect draws or records
 * a question are read and named in a warning; any other parameter is an error.
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
        Map<String, String> params = parse(text);
        List<String> keys = new ArrayList<>(params.keySet());
        if (type.hasChoices() && Set.of("randomize", "seed").containsAll(keys)) {
            checkShuffle(row, text, params, sheet, header, problems, warnings);
            return;
        }
        String reason = reason(type, keys);
        if (reason == null) {
            problems.add(sheet.problem(row, header, "parameters " + text.strip() + " on type " + type.xlsformName()
                    + " are not supported by Concord; only a range (start, end, step) and a begin_group "
                    + "(randomize=true) take parameters, a select randomize=true and seed=, and text rows= and the "
                    + "audit's ODK Collect options are read with a warning"));
        } else {
            warnings.add(sheet.problem(row, header, "parameters " + text.strip() + " are not used: " + reason));
        }
    }

    /**
     * One {@code key=value} of a {@code parameters} cell, as written ({@code text}) and split: the key in lower case,
     * the value stripped (empty when there is no {@code =}).
     */
    record Param(String key, String value, String text) {
    }

    /** The parameters of a cell in the order written; pyxform separates them by spaces, commas or semicolons. */
    static List<Param> params(String text) {
        List<Param> out = new ArrayList<>();
        for (String part : text.split("[\\s,;]+")) {
            if (!part.isEmpty()) {
                String[] kv = part.split("=", 2);
                out.add(new Param(kv[0].strip().toLowerCase(Locale.ROOT), kv.length > 1 ? kv[1].strip() : "", part));
            }
        }
        return out;
    }

    /** The parameters as key (lower case) to value, in the order written. */
    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        params(text).forEach(p -> out.put(p.key(), p.value()));
        return out;
    }

    /** How a select's answers are shuffled ({@code randomize=true}, maybe {@code seed=N}), or null. */
    static QuestionOptions.Shuffle shuffle(String text) {
        Map<String, String> params = parse(text);
        if (!"true".equalsIgnoreCase(params.get("randomize"))) {
            return null;
        }
        String seed = params.get("seed");
        return new QuestionOptions.Shuffle(seed != null && seed.matches("-?\\d{1,18}") ? Long.valueOf(seed) : null);
    }

    /** randomize takes true or false, as pyxform; a seed needs randomize=true and is a number or an expression. */
    private static void checkShuffle(int row, String text, Map<String, String> params, Sheet sheet, String header,
                                     List<Problem> problems, List<Problem> warnings) {
        String randomize = params.getOrDefault("randomize", "");
        String seed = params.get("seed");
        if (params.containsKey("randomize") && !randomize.equalsIgnoreCase("true")
                && !randomize.equalsIgnoreCase("false")) {
            problems.add(sheet.problem(row, header, "randomize must be true or false, not \"" + randomize
                    + "\"; write randomize=true to shuffle the answers for each participant"));
        } else if (seed != null && !randomize.equalsIgnoreCase("true")) {
            problems.add(sheet.problem(row, header, "seed=" + seed + " needs randomize=true; add it or remove the "
                    + "seed"));
        } else if (seed != null && !seed.matches("-?\\d{1,18}")) {
            warnings.add(sheet.problem(row, header, "seed " + seed + " is not a whole number, so it is not used: "
                    + "each participant's answers are shuffled by their own seed (the order is kept in the paradata)"));
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
        return null;
    }
}
