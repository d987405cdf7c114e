package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.forms.conformance.Conformance.CONTEXT;
import static org.concord.forms.conformance.Conformance.errors;
import static org.concord.forms.conformance.Conformance.load;
import static org.concord.forms.conformance.Conformance.saved;
import static org.concord.forms.conformance.Conformance.session;
import static org.concord.forms.conformance.Conformance.warnings;

import java.util.Map;
import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.Question;
import org.concord.session.Change;
import org.concord.session.FormSession;
import org.concord.session.Issue;
import org.concord.session.TypedAnswers;
import org.junit.jupiter.api.Test;

/** The features real forms use, through the Swing-free session the kiosk renders. */
class SessionConformanceTest {
    private static Question q(FormSession s, String name) {
        return s.form().question(name).orElseThrow();
    }

    @Test
    void datesAndTimesAreTypedAndStoredAsIso() {
        FormSession s = session("dates");
        assertThat(saved(s.setAnswer("visit", "14/02/2026"))).containsEntry("visit", "2026-02-14")
                .containsEntry("days_ago", "15").containsEntry("shown", "14 Feb 2026");
        assertThat(saved(s.setAnswer("arrived", "9:05"))).containsEntry("arrived", "09:05:00");
        assertThat(saved(s.setAnswer("left", "2026-02-14 17:45"))).containsEntry("left", "2026-02-14T17:45:00");
        assertThat(s.issue(q(s, "left"))).isEmpty();
        s.setAnswer("visit", "2026-03-02");
        assertThat(s.issue(q(s, "visit")).map(Issue::formMessage)).contains("The visit cannot be in the future");
        assertThat(s.setAnswer("visit", "31/02/2026")).as("an impossible date is not saved")
                .extracting(Change::question).doesNotContain("visit");
        assertThat(s.issue(q(s, "visit")).map(Issue::kind)).contains(Issue.Kind.NOT_DATE);
        s.setAnswer("arrived", "25:00");
        assertThat(s.issue(q(s, "arrived")).map(Issue::kind)).contains(Issue.Kind.NOT_TIME);
        s.setAnswer("left", "2026-02-14");
        assertThat(s.issue(q(s, "left")).map(Issue::kind)).contains(Issue.Kind.NOT_DATETIME);
    }

    @Test
    void metadataIsRecordedWithoutAScreen() {
        FormSession s = session("metadata");
        assertThat(s.pages()).hasSize(1);
        assertThat(s.visibleQuestions(s.pages().get(0))).extracting(Question::name).containsExactly("t");
        assertThat(saved(s.recordStart(true))).containsOnly(Map.entry("started", "2026-03-01T14:30:00"),
                Map.entry("day", "2026-03-01"), Map.entry("device", "concord:4b1d"), Map.entry("researcher", "AB"));
        assertThat(saved(s.recordEnd())).containsExactly(Map.entry("ended", "2026-03-01T14:30:00"));
        FormSession resumed = FormSession.start(s.form(), Map.of("started", "2026-02-28T09:00:00"), "default", 1,
                CONTEXT);
        assertThat(saved(resumed.recordStart(false))).doesNotContainKey("started");
        assertThat(resumed.answer("started")).isEqualTo("2026-02-28T09:00:00");
    }

    @Test
    void defaultsAreGivenToANewParticipantOnly() {
        FormSession s = session("defaults");
        assertThat(saved(s.recordStart(true))).containsOnly(Map.entry("children", "2"),
                Map.entry("when", "2026-03-01"), Map.entry("ok", "yes"));
        FormSession resumed = FormSession.start(s.form(), Map.of("children", "4"), "default", 1, CONTEXT);
        assertThat(saved(resumed.recordStart(false))).isEmpty();
        assertThat(resumed.answer("ok")).isNull();
    }

    @Test
    void readOnlyQuestionsShowTheirValueAndTakeNoAnswer() {
        FormSession s = session("read-only");
        s.recordStart(true);
        assertThat(s.isReadOnly(q(s, "code"))).isTrue();
        assertThat(s.setAnswer("code", "XYZ")).isEmpty();
        assertThat(s.answer("code")).isEqualTo("ABC");
        assertThat(s.isReadOnly(q(s, "locked"))).isFalse();
        s.setAnswer("n", "5");
        assertThat(s.isReadOnly(q(s, "locked"))).isTrue();
    }

    @Test
    void aTriggeredCalculationChangesOnlyWithItsTrigger() {
        FormSession s = session("trigger");
        assertThat(saved(s.setAnswer("n", "1"))).containsEntry("n_at", "n was 1 and m was ")
                .containsEntry("first_n", "1");
        assertThat(saved(s.setAnswer("m", "7"))).containsOnlyKeys("m");
        assertThat(saved(s.setAnswer("n", "2"))).containsEntry("n_at", "n was 2 and m was 7")
                .doesNotContainKey("first_n");
        assertThat(s.answer("first_n")).as("once() keeps the first value").isEqualTo("1");
    }

    @Test
    void cascadingSelectsFilterTheirChoices() {
        FormSession s = session("cascading-select");
        assertThat(s.choices(q(s, "city"))).as("as in XPath, an empty country equals the unanswered ${country}")
                .extracting(Choice::name).containsExactly("other");
        s.setAnswer("country", "wales");
        assertThat(s.choices(q(s, "city"))).extracting(Choice::name).containsExactly("cardiff", "swansea");
        assertThat(s.choices(q(s, "cities"))).extracting(Choice::name).containsExactly("cardiff", "swansea", "other");
        s.setAnswer("country", "england");
        assertThat(s.choices(q(s, "city"))).extracting(Choice::name).containsExactly("leeds");
        assertThat(load("cascading-select").warnings()).isEmpty();
    }

    @Test
    void aCascadingAnswerThatIsNoLongerOfferedIsCleared() {
        FormSession s = session("cascading-select");
        s.setAnswer("country", "wales");
        s.setAnswer("city", "swansea");
        s.toggleChoice("cities", "cardiff");
        s.toggleChoice("cities", "other");
        assertThat(saved(s.setAnswer("country", "england"))).as("what changing the country saves")
                .containsEntry("country", "england").containsEntry("city", null).containsEntry("cities", "other");
        assertThat(s.answer("city")).isNull();
        assertThat(s.selected("cities")).containsExactly("other");
        assertThat(saved(s.setAnswer("country", "england"))).as("the same country again changes nothing").isEmpty();
    }

    @Test
    void typedAnswersAreShownBackInTheFormatTyped() {
        FormSession s = session("dates");
        assertThat(TypedAnswers.shown(q(s, "arrived"), "09:05:00")).isEqualTo("09:05");
        assertThat(TypedAnswers.shown(q(s, "arrived"), "09:05:30")).isEqualTo("09:05:30");
        assertThat(TypedAnswers.shown(q(s, "left"), "2026-02-14T17:00:00")).isEqualTo("2026-02-14 17:00");
        assertThat(TypedAnswers.shown(q(s, "visit"), "2026-02-14")).isEqualTo("2026-02-14");
        assertThat(TypedAnswers.shown(q(s, "left"), "not a time")).as("what does not read is shown as typed")
                .isEqualTo("not a time");
    }

    @Test
    void rangesTakeValuesFromStartToEndInSteps() {
        Form form = load("range");
        Question score = form.question("score").orElseThrow();
        assertThat(score.options().range().start()).isEqualByComparingTo("0");
        assertThat(score.options().range().end()).isEqualByComparingTo("10");
        assertThat(score.options().range().step()).isEqualByComparingTo("2");
        Question plain = form.question("plain").orElseThrow();
        assertThat(plain.options().range()).extracting(r -> r.start().intValue(), r -> r.end().intValue(),
                r -> r.step().intValue()).containsExactly(1, 10, 1);
        assertThat(form.question("half").orElseThrow().options().range().isInteger()).isFalse();
        FormSession s = session("range");
        s.setAnswer("score", "4");
        assertThat(s.issue(score)).isEmpty();
        s.setAnswer("score", "5");
        assertThat(s.issue(score).map(Issue::kind)).contains(Issue.Kind.OUT_OF_RANGE);
        s.setAnswer("score", "12");
        assertThat(s.issue(score).map(Issue::kind)).contains(Issue.Kind.OUT_OF_RANGE);
        s.setAnswer("half", "2.5");
        assertThat(s.issue(form.question("half").orElseThrow())).isEmpty();
    }

    @Test
    void badRangesChoiceFiltersAndTriggersAreErrors() {
        assertThat(errors("range-bad")).containsExactly(
                "range-bad/survey.csv row 2, column parameters: range from 0 to 10 is not reached in steps of 3; "
                        + "change start, end or step",
                "range-bad/survey.csv row 3, column parameters: range parameter start=a needs a number, e.g. "
                        + "start=0 end=10 step=1");
        assertThat(errors("choice-filter-bad")).containsExactly(
                "choice-filter-bad/survey.csv row 2, column choice_filter: choice_filter names countr, which is not "
                        + "a column of the choices sheet; did you mean country?",
                "choice-filter-bad/survey.csv row 4, column trigger: trigger needs a calculation: write the value "
                        + "to set when ${c} changes in the calculation column");
    }

    @Test
    void selectOneExternalTakesItsListFromExternalChoices() {
        Form form = load("select-one-external");
        assertThat(form.question("la").orElseThrow().listName()).isEqualTo("la");
        assertThat(Conformance.warnings("select-one-external")).containsExactly(
                "select-one-external/entities.csv row 2: sheet entities is ignored: entities are an ODK Central "
                        + "feature; answers are kept in the study file but saved to no entity list");
        FormSession s = session("select-one-external");
        s.setAnswer("region", "wales");
        assertThat(s.choices(q(s, "la"))).extracting(Choice::name).containsExactly("W06000015", "W06000011");
        assertThat(errors("select-one-external-bad")).containsExactly(
                "select-one-external-bad/survey.csv row 2, column type: unknown external choice list nowhere; "
                        + "select_one_external takes its list from the external_choices sheet: add it there",
                "select-one-external-bad/survey.csv row 3, column type: list la is on the external_choices sheet; "
                        + "write select_one_external la or move the list to choices");
    }

    @Test
    void aListOnBothSheetsIsReadAsPyxformReadsIt() {
        FormSession s = session("list-on-both-sheets");
        assertThat(s.choices(q(s, "region"))).as("select_one reads the choices sheet's list").extracting(Choice::name)
                .containsExactly("wales", "ne");
        s.setAnswer("region", "ne");
        assertThat(s.choices(q(s, "la"))).as("select_one_external reads the external_choices sheet's list")
                .extracting(Choice::name).containsExactly("E06000047");
        assertThat(warnings("list-on-both-sheets")).containsExactly(
                "list-on-both-sheets/external_choices.csv row 2, column list_name: list region is also on the "
                        + "choices sheet; only select_one_external reads the external_choices sheet, so this copy is "
                        + "not used (the select in survey row 2 reads the choices sheet's)",
                "list-on-both-sheets/external_choices.csv row 3, column list_name: list la is also on the choices "
                        + "sheet, where no question reads it: select_one_external in survey row 3 reads this sheet's "
                        + "list, so the choices sheet's copy is not used");
        assertThat(errors("list-on-both-sheets-read-twice")).containsExactly(
                "list-on-both-sheets-read-twice/external_choices.csv row 2, column list_name: list la is on both the "
                        + "choices and the external_choices sheet, and both are read: select_one_external in survey "
                        + "row 3 reads this sheet's, the select in survey row 2 the choices sheet's; Concord keeps one "
                        + "list per name: rename one of them");
    }

    /** ${name} in a label or hint shows the answer, as ODK's output does; in a repeat, that instance's answer. */
    @Test
    void labelsAndHintsShowTheAnswersTheyReferTo() {
        FormSession s = session("label-references");
        Question hello = s.question("hello").orElseThrow();
        assertThat(s.shownText(hello.label(), hello)).as("before any answer").isEqualTo("Hello , welcome");
        s.setAnswer("name", "Alys");
        assertThat(s.shownText(hello.label(), hello)).isEqualTo("Hello Alys, welcome");
        assertThat(s.shownText(hello.hint(), hello)).as("a reference with spaces inside").isEqualTo("Your name is Alys");
        s.setAnswer("child", "2");
        s.setAnswer("child_name[1]", "Bryn");
        s.setAnswer("child_name[2]", "Cai");
        Question age2 = s.question("age[2]").orElseThrow();
        assertThat(s.shownText(age2.label(), age2)).as("the second child's own name").isEqualTo("How old is Cai?");
        Question age1 = s.question("age[1]").orElseThrow();
        assertThat(s.shownText(age1.label(), age1)).isEqualTo("How old is Bryn?");
        assertThat(load("label-references").warnings()).isEmpty();
    }

    /** ${instanceID} is the submission's id (pyxform's meta/instanceID): uuid: and the participant's id. */
    @Test
    void instanceIdIsTheParticipantsId() {
        java.util.UUID id = java.util.UUID.fromString("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
        FormSession s = FormSession.start(load("instance-id"), Map.of(), "default", 1, CONTEXT.withParticipant(id));
        s.setAnswer("name", "Alys");
        assertThat(s.answer("record_id")).isEqualTo("ID-uuid:6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
        Question show = s.question("show").orElseThrow();
        assertThat(s.shownText(show.label(), show)).isEqualTo("Your record: uuid:6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
        assertThat(load("instance-id").warnings()).isEmpty();
        assertThat(session("instance-id").answer("record_id")).as("no participant: empty id").isIn("ID-", null);
    }
}
