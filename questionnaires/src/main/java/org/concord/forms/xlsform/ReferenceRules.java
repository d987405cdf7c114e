package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.concord.common.Problem;
import org.concord.forms.expr.LastSaved;
import org.concord.forms.validation.DidYouMean;
import org.concord.forms.validation.XlsFormNames;

/**
 * The checks of {@code ${name}} references, in expressions and in texts: each names a question (or a repeat, for
 * {@code count()}); {@code ${last-saved#q}} names one too and is warned; a bare word in an expression is judged.
 */
final class ReferenceRules {
    private final SheetColumns survey;
    private final SheetColumns choices;
    private final SurveyReader reader;
    private final List<Problem> problems;

    ReferenceRules(SheetColumns survey, SheetColumns choices, SurveyReader reader, List<Problem> problems) {
        this.survey = survey;
        this.choices = choices;
        this.reader = reader;
        this.problems = problems;
    }

    /** Every {@code ${name}} in an expression names a question; each {@code ${last-saved#q}} is warned. */
    void checkExpressions(List<Problem> warnings) {
        for (SurveyReader.PendingReferences ref : reader.references) {
            ref.expression().choiceColumns().forEach(word -> bareWord(word, ref, warnings));
            String quotes = org.concord.forms.expr.ExpressionParser.typographicQuotesWarning(ref.expression());
            if (quotes != null) {
                warnings.add(survey.sheet().problem(ref.row(), ref.column(), quotes));
            }
            for (String name : ref.expression().references()) {
                check(name, ref.row(), ref.column(), warnings);
            }
        }
    }

    /** ${instanceID} is the submission's id, which pyxform puts in every form's meta (unless a question has the name). */
    private boolean instanceId(String name) {
        return name.equals(XlsFormNames.INSTANCE_ID) && !reader.allNames.containsKey(name);
    }

    /** Checks one {@code ${name}} of a survey cell: a question, a repeat, or a warned {@code ${last-saved#q}}. */
    void check(String name, int row, String column, List<Problem> warnings) {
        if (ambiguous(name, survey.sheet(), row, column)) {
            return;
        }
        if (lastSaved(name, survey.sheet(), row, column, warnings) || reader.questionNames.containsKey(name)
                || reader.repeatNames.containsKey(name) || instanceId(name)) {
            return;
        }
        String message;
        if (reader.allNames.containsKey(name)) {
            message = "${" + name + "} is a group, not a question; refer to a question instead";
        } else {
            Optional<String> near = DidYouMean.closest(name, reader.questionNames.keySet());
            message = "unknown name ${" + name + "}" + near.map(s -> "; did you mean ${" + s + "}?")
                    .orElse("; no question has this name");
        }
        problems.add(survey.sheet().problem(row, column, message));
    }

    /**
     * Reports a reference to a name that more than one element has (in different groups), as pyxform refuses it;
     * returns true then.
     */
    boolean ambiguous(String name, Sheet sheet, int row, String column) {
        String message = reader.elementNames.ambiguity(name);
        if (message != null) {
            problems.add(sheet.problem(row, column, message));
        }
        return message != null;
    }

    /**
     * A bare word in a survey cell is an XPath path below the question, always empty (pyxform and ODK accept it). The
     * name of a question or group written so is surely a forgotten {@code ${}}, which would make the rule silently
     * wrong: an error; any other word is warned.
     */
    private void bareWord(String word, SurveyReader.PendingReferences ref, List<Problem> warnings) {
        if (reader.allNames.containsKey(word)) {
            problems.add(survey.sheet().problem(ref.row(), ref.column(), "unexpected word '" + word + "': write "
                    + "${" + word + "} for the answer to " + word + " (a bare word is a path below this question, "
                    + "which is always empty)"));
        } else {
            warnings.add(survey.sheet().problem(ref.row(), ref.column(), "'" + word + "' is a bare word: a path "
                    + "below this question, which is always empty (as in ODK Collect); write ${" + word + "} for "
                    + "the answer to a question or '" + word + "' in quotes for text"));
        }
    }

    /**
     * When {@code name} is {@code last-saved#q}: warns that it copies another participant's answer, or reports that
     * {@code q} is no question of the form (pyxform's rule: the last submission is of this form); returns true. Returns
     * false for any other name.
     */
    private boolean lastSaved(String name, Sheet sheet, int row, String column, List<Problem> warnings) {
        String q = LastSaved.question(name);
        if (q == null) {
            return false;
        }
        if (ambiguous(q, sheet, row, column)) {
            return true;
        }
        if (reader.questionNames.containsKey(q) || reader.repeatNames.containsKey(q)) {
            warnings.add(sheet.problem(row, column, "${" + name + "} copies " + q + " from the previous "
                    + "participant's submission on this laptop: a participant may see another's answer; use it only "
                    + "for questions the researcher answers (site, interviewer)"));
        } else if (reader.allNames.containsKey(q)) {
            problems.add(sheet.problem(row, column, "${" + name + "} names group " + q + ", not a question; refer "
                    + "to a question instead"));
        } else {
            problems.add(sheet.problem(row, column, "unknown name ${" + name + "}: the previous submission has the "
                    + "questions of this form" + DidYouMean.closest(q, reader.questionNames.keySet())
                    .map(n -> "; did you mean ${" + LastSaved.PREFIX + n + "}?")
                    .orElse("; no question has this name")));
        }
        return true;
    }

    /** Every {@code ${name}} shown inside a label, hint or message names a question. */
    void checkTexts(List<Problem> warnings) {
        checkTexts(survey, warnings);
        if (choices != null) {
            checkTexts(choices, warnings);
        }
    }

    private void checkTexts(SheetColumns cols, List<Problem> warnings) {
        List<List<String>> rows = cols.sheet().rows();
        for (SheetColumns.Header h : cols.headers()) {
            int c = h.index();
            String header = h.raw();
            if (!ColumnCatalogue.TRANSLATABLE.contains(h.base())) {
                continue;
            }
            for (int i = 0; i < rows.size(); i++) {
                if (!rows.get(i).get(c).contains("${")) {
                    continue;
                }
                Matcher m = XlsFormNames.TEXT_REFERENCE.matcher(rows.get(i).get(c));
                Set<String> seen = new java.util.HashSet<>();
                List<String> names = new ArrayList<>();
                while (m.find()) {
                    names.addAll(Loops.referenceNames(m.group(1).strip(), cols == survey
                            ? reader.loopRowChoices.get(Sheet.rowNumber(i)) : null));
                }
                for (String name : names) {
                    if (!seen.add(name) || ambiguous(name, cols.sheet(), Sheet.rowNumber(i), header)
                            || lastSaved(name, cols.sheet(), Sheet.rowNumber(i), header, warnings)) {
                        continue;
                    }
                    if (!reader.questionNames.containsKey(name) && !instanceId(name)) {
                        Optional<String> near = DidYouMean.closest(name, reader.questionNames.keySet());
                        problems.add(cols.sheet().problem(Sheet.rowNumber(i), header, "unknown name ${" + name
                                + "} in the text" + near.map(n -> "; did you mean ${" + n + "}?")
                                .orElse("; no question has this name")));
                    }
                }
            }
        }
    }
}
