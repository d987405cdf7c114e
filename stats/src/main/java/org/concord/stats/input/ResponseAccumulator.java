package org.concord.stats.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.concord.common.InputException;
import org.concord.common.Problem;

/**
 * Collects long answers (one participant, one item, one value) from any number of CSV files and study files, checks
 * each against the form, and builds the {@link ResponseSet}. Every problem is collected; {@link #build()} throws them
 * all at once. The same participant may appear in several inputs (merged laptops): the same answer in two inputs is
 * counted once; the same row twice in one file is counted once with a warning; two different answers (a blank one
 * included) of one participant to one item are a conflict, an error.
 */
public final class ResponseAccumulator {
    /** Problems beyond this many are summarised in one line, so that a wrong file does not flood the terminal. */
    static final int MAX_PROBLEMS = 500;

    private final ItemCoding coding;
    private final int columns;
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final Map<String, String> laNames = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final Map<String, Integer> itemIndex = new HashMap<>();
    private int moreProblems;
    private int moreWarnings;

    /** Where a participant was first seen, what LA and role they have, and their values answers. */
    private static final class Participant {
        final String id;
        final String la;
        final String file;
        final int row;
        final double[] values;
        String[] given = new String[8];
        String[] givenFile = new String[8];
        int[] givenRow = new int[8];
        String role;
        boolean laConflictReported;

        Participant(String id, String la, String file, int row, int columns) {
            this.id = id;
            this.la = la;
            this.file = file;
            this.row = row;
            this.values = new double[columns];
            Arrays.fill(values, Double.NaN);
        }
    }

    /** An accumulator for answers to this form. */
    public ResponseAccumulator(ItemCoding coding) {
        this.coding = coding;
        this.columns = coding.valuesItems().size();
    }

    /** The coding answers are read with. */
    public ItemCoding coding() {
        return coding;
    }

    /** Records a problem of the input (counted but not kept beyond {@link #MAX_PROBLEMS}). */
    public void problem(String file, int row, String column, String message) {
        problem(file, row, column, message, null);
    }

    /** A problem of an answer; in a study file (no rows) the message names the participant. */
    private void problem(String file, int row, String column, String message, String pid) {
        if (row == 0 && pid != null && !message.contains(pid)) {
            message = "participant " + pid + ": " + message;
        }
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new Problem(file, null, row, column, message));
        } else {
            moreProblems++;
        }
    }

    /**
     * Adds one answer.
     *
     * @param file   the input as the user named it
     * @param row    the spreadsheet row (header = 1) or 0 for a study file
     * @param pid    participant id
     * @param laCode LA code
     * @param laName LA name, or null
     * @param item   item name
     * @param value  the stored value; blank = unanswered
     */
    public void add(String file, int row, String pid, String laCode, String laName, String item, String value) {
        // trim() returns the same string when there is nothing to trim, so this costs nothing on clean files
        pid = pid == null ? null : pid.trim();
        laCode = laCode == null ? null : laCode.trim();
        item = item == null ? "" : item.trim();
        if (pid == null || pid.isBlank()) {
            problem(file, row, "participant_id", "the participant id is blank; every answer needs the id of who gave it");
            return;
        }
        if (laCode == null || laCode.isBlank()) {
            problem(file, row, "la_code", "the LA code is blank; every answer needs the LA of the participant");
            return;
        }
        ItemCoding.Item it = coding.item(item);
        if (it == null && coding.form().isRepeatItem(item)) {
            return; // asked in a repeat (stored as name[i]): never a values item, so not analysed
        }
        if (it == null) {
            problem(file, row, "item", "item '" + item + "' is not in the form "
                    + coding.form().settings().formId() + "; use the form the data were collected with (--form)", pid);
            return;
        }
        Participant p = participants.get(pid);
        if (p == null) {
            p = new Participant(pid, laCode, file, row, columns);
            participants.put(pid, p);
        } else if (!p.la.equals(laCode)) {
            if (!p.laConflictReported) {
                p.laConflictReported = true;
                problem(file, row, "la_code", "participant " + pid + " has two LA codes, " + p.la + " (" + p.file
                        + where(p.row) + ") and " + laCode + "; a participant belongs to one LA");
            }
            return;
        }
        if (laName != null && !laName.isBlank()) {
            laNames.putIfAbsent(laCode, laName);
        }
        String v = value == null ? "" : value.trim();
        if (!firstAnswer(file, row, p, it.name(), v)) {
            return;
        }
        if (v.isEmpty()) {
            return;
        }
        switch (it.kind()) {
            case VALUES -> {
                Object score = it.choices().get(v);
                if (score == null) {
                    notAChoice(file, row, it, v, pid);
                    return;
                }
                p.values[it.column()] = (Double) score;
            }
            case ROLE -> {
                Object group = it.choices().get(v);
                if (group == null) {
                    notAChoice(file, row, it, v, pid);
                } else if (!ItemCoding.LEADER.equals(group) && !ItemCoding.WORKER.equals(group)) {
                    problem(file, row, "value", "role '" + v + "' has no role_group leader or worker in the form; "
                            + "set role_group on that choice", pid);
                } else {
                    p.role = v;
                }
            }
            case SELECT_ONE -> {
                if (!it.choices().containsKey(v)) {
                    notAChoice(file, row, it, v, pid);
                }
            }
            case SELECT_MULTIPLE -> {
                for (String part : v.split("\\s+")) {
                    if (!it.choices().containsKey(part)) {
                        notAChoice(file, row, it, part, pid);
                    }
                }
            }
            default -> {
                // integer, decimal, text, acknowledge: not used by the analysis
            }
        }
    }

    private static String where(int row) {
        return row > 0 ? " row " + row : "";
    }

    private void notAChoice(String file, int row, ItemCoding.Item it, String v, String pid) {
        problem(file, row, "value", "'" + v + "' is not a choice of item " + it.name() + " (choices: "
                + it.choiceNames() + ")", pid);
    }

    /**
     * Records the participant's answer to {@code item}; true for the first answer, false for a repeat: the same value
     * again (counted once; a warning when the same file has the row twice) or another value (a conflict).
     */
    private boolean firstAnswer(String file, int row, Participant p, String item, String v) {
        Integer known = itemIndex.get(item);
        int i = known != null ? known : itemIndex.size();
        if (known == null) {
            itemIndex.put(item, i);
        }
        if (i >= p.given.length) {
            int n = Math.max(i + 1, p.given.length * 2);
            p.given = Arrays.copyOf(p.given, n);
            p.givenFile = Arrays.copyOf(p.givenFile, n);
            p.givenRow = Arrays.copyOf(p.givenRow, n);
        }
        String first = p.given[i];
        if (first == null) {
            p.given[i] = v;
            p.givenFile[i] = file;
            p.givenRow[i] = row;
            return true;
        }
        String where = p.givenFile[i].equals(file) ? where(p.givenRow[i]).trim()
                : p.givenFile[i] + where(p.givenRow[i]);
        if (!first.equals(v)) {
            problem(file, row, "value", "participant " + p.id + " answered " + item + " twice with different"
                    + " values, '" + first + "' (" + where + ") and '" + v + "'; keep one of them (resolve the"
                    + " conflict, e.g. with concord merge) before analysis");
        } else if (row > 0 && p.givenFile[i].equals(file)) {
            if (warnings.size() < MAX_PROBLEMS) {
                warnings.add(new Problem(file, null, row, "item", "participant " + p.id + " answered " + item
                        + " with '" + v + "' on " + where + " already; this duplicate row is counted once"));
            } else {
                moreWarnings++;
            }
        }
        return false;
    }

    /** Warnings: what was accepted but an analyst should know (duplicate rows, each counted once). */
    public List<Problem> warnings() {
        List<Problem> all = new ArrayList<>(warnings);
        if (moreWarnings > 0) {
            all.add(Problem.ofFile(null, "... and " + moreWarnings + " more duplicate rows"));
        }
        return all;
    }

    /** Builds the response set, or throws every problem found. */
    public ResponseSet build() {
        String formId = coding.form().settings().formId();
        if (coding.item("role") == null || coding.item("role").kind() != ItemCoding.Kind.ROLE) {
            throw InputException.ofFile(formId, "the form has no select_one question named role; the analysis needs "
                    + "it to tell leaders from workers");
        }
        if (coding.valuesItems().isEmpty()) {
            throw InputException.ofFile(formId, "the form has no values items (select_one questions with a domain)");
        }
        for (Participant p : participants.values()) {
            if (p.role == null && !p.laConflictReported) {
                problem(p.file, p.row, "participant_id", "participant " + p.id + " has no answer to role; "
                        + "the analysis needs to know whether each participant is a leader or a worker");
            }
        }
        if (participants.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.ofFile(null, "the responses hold no answers"));
        }
        if (!problems.isEmpty()) {
            List<Problem> all = new ArrayList<>(problems);
            if (moreProblems > 0) {
                all.add(Problem.ofFile(null, "... and " + moreProblems + " more problems like these"));
            }
            throw new InputException(all);
        }
        Map<String, List<double[]>> leaders = new TreeMap<>();
        Map<String, List<double[]>> workers = new TreeMap<>();
        for (Participant p : participants.values()) {
            leaders.computeIfAbsent(p.la, k -> new ArrayList<>());
            workers.computeIfAbsent(p.la, k -> new ArrayList<>());
            boolean leader = ItemCoding.LEADER.equals(coding.item("role").choices().get(p.role));
            (leader ? leaders : workers).get(p.la).add(p.values);
        }
        List<LaResponses> las = new ArrayList<>();
        for (String la : leaders.keySet()) {
            las.add(new LaResponses(la, laNames.get(la), leaders.get(la).toArray(double[][]::new),
                    workers.get(la).toArray(double[][]::new)));
        }
        return new ResponseSet(coding, las);
    }
}
