package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.forms.conformance.Conformance.errors;
import static org.concord.forms.conformance.Conformance.load;
import static org.concord.forms.conformance.Conformance.saved;
import static org.concord.forms.conformance.Conformance.session;
import static org.concord.forms.conformance.Conformance.warnings;

import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.session.FormSession;
import org.junit.jupiter.api.Test;

/**
 * Rules pyxform applies that forms in the field rely on: a question needs a label or a hint (not both), a calculation
 * on a question type (pyxform's typed calculates), a calculate given only a default, the audit's name and parameters,
 * parameters that only change ODK Collect's drawing, external choices without labels and {@code random()}
 * ({@code ${last-saved#name}} is in LastSavedConformanceTest). Each folder of {@code src/test/resources/conformance/}
 * was written for Concord.
 */
class PyxformRulesConformanceTest {
    @Test
    void aQuestionWithAHintAndNoLabelColumnLoads() {
        Form form = load("label-or-hint");
        Question town = form.question("town").orElseThrow();
        assertThat(town.label().isBlank()).as("label of town: %s", town.label()).isTrue();
        assertThat(town.hint().get("default", "default")).isEqualTo("Town or city where you work, e.g. Cardiff");
        assertThat(warnings("label-or-hint")).containsExactly("label-or-hint/survey.csv row 3, column image: column "
                + "image is ignored: Concord shows no images, audio or video; the text label is shown");
    }

    @Test
    void aCalculationWithNothingToShowIsACalculate() {
        Form form = load("typed-calculation");
        assertThat(form.question("hidden_double").orElseThrow().type()).isEqualTo(QuestionType.CALCULATE);
        assertThat(form.question("shown_double").orElseThrow().type()).isEqualTo(QuestionType.INTEGER);
        assertThat(warnings("typed-calculation")).containsExactly("typed-calculation/survey.csv row 3, column "
                + "calculation: integer hidden_double has a calculation and no label or hint, so it is not shown; "
                + "Concord keeps it as a calculate (its value stored as text)");
    }

    @Test
    void aShownQuestionWithACalculationShowsItsValueAndTakesNone() {
        FormSession s = session("typed-calculation");
        Question shown = s.form().question("shown_double").orElseThrow();
        assertThat(saved(s.setAnswer("caseload", "12"))).containsEntry("hidden_double", "24")
                .containsEntry("shown_double", "24").containsEntry("caseload_note", "caseload 12");
        assertThat(s.isReadOnly(shown)).as("a calculated question without trigger is read-only").isTrue();
        assertThat(s.visibleQuestions(s.pages().get(0))).extracting(Question::name)
                .containsExactly("caseload", "shown_double", "caseload_note");
    }

    @Test
    void aTriggeredCalculationIsSetWhenItsTriggerChangesAndCanBeEdited() {
        FormSession s = session("typed-calculation");
        Question note = s.form().question("caseload_note").orElseThrow();
        s.setAnswer("caseload", "3");
        assertThat(s.answer("caseload_note")).isEqualTo("caseload 3");
        assertThat(s.isReadOnly(note)).as("a question with a trigger takes answers").isFalse();
        s.setAnswer("caseload_note", "three, all complex");
        s.setAnswer("shown_double", "99"); // read-only: not taken
        assertThat(s.answer("caseload_note")).isEqualTo("three, all complex");
        assertThat(s.answer("shown_double")).isEqualTo("6");
        s.setAnswer("caseload", "4");
        assertThat(s.answer("caseload_note")).as("the trigger changed again").isEqualTo("caseload 4");
    }

    @Test
    void aCalculateWithOnlyADefaultStartsWithIt() {
        FormSession s = session("calculate-default");
        assertThat(saved(s.recordStart(true))).containsEntry("wave", "2");
        s.setAnswer("comment", "fine");
        assertThat(s.answer("wave")).isEqualTo("2");
    }

    @Test
    void randomDrawsANumberBelowOne() {
        FormSession s = session("random-default");
        s.recordStart(true);
        double draw = Double.parseDouble(s.answer("draw"));
        assertThat(draw).isBetween(0.0, 1.0).isNotEqualTo(1.0);
        s.setAnswer("q", "x");
        assertThat(s.answer("arm")).isEqualTo(draw < 0.5 ? "A" : "B");
    }

    @Test
    void anAuditIsNamedAuditAndItsParametersAreWarned() {
        Form form = load("audit-name");
        assertThat(form.question("audit").orElseThrow().type()).isEqualTo(QuestionType.AUDIT);
        assertThat(warnings("audit-name")).containsExactly("audit-name/survey.csv row 2, column parameters: "
                + "parameters location-priority=balanced, track-changes=true are not used: Concord's paradata records "
                + "the screens shown and left and the language changes, not the laptop's location, reasons for "
                + "changes or the user's identity");
        assertThat(errors("audit-named-otherwise")).containsExactly("audit-named-otherwise/survey.csv row 2, column "
                + "name: an audit must be named audit, not paradata; write audit in the name column");
    }

    @Test
    void drawingParametersAreWarned() {
        assertThat(warnings("parameters-warned")).containsExactly(
                "parameters-warned/survey.csv row 2, column parameters: parameters rows=5 are not used: the kiosk "
                        + "sizes text boxes itself");
    }

    @Test
    void externalChoicesWithoutLabelsShowTheirNames() {
        FormSession s = session("external-no-label");
        Question la = s.form().question("la").orElseThrow();
        assertThat(s.choices(la)).extracting(Choice::name).containsExactly("Cardiff", "Swansea");
        assertThat(s.choices(la)).extracting(c -> s.text(c.label())).containsExactly("Cardiff", "Swansea");
    }

    @Test
    void allowChoiceDuplicatesLetsACascadeRepeatAName() {
        FormSession s = session("choice-duplicates-allowed");
        Question county = s.form().question("county").orElseThrow();
        assertThat(warnings("choice-duplicates-allowed")).as("the setting is used, not warned").isEmpty();
        s.setAnswer("nation", "wales");
        assertThat(s.choices(county)).extracting(c -> s.text(c.label()))
                .containsExactly("Newport (Casnewydd)", "Cardiff");
        s.setAnswer("county", "newport");
        assertThat(s.answer("county")).isEqualTo("newport");
        s.setAnswer("nation", "england");
        assertThat(s.choices(county)).extracting(c -> s.text(c.label())).containsExactly("Newport (Shropshire)");
    }

    @Test
    void twoBodyAttributeColumnsAreTwoWarnedColumns() {
        assertThat(warnings("body-attributes")).containsExactly(
                "body-attributes/survey.csv row 2, column body::rows: column body::rows is ignored: it holds "
                        + "attributes of ODK Collect's widgets",
                "body-attributes/survey.csv row 2, column body::style: column body::style is ignored: it holds "
                        + "attributes of ODK Collect's widgets");
    }
}
