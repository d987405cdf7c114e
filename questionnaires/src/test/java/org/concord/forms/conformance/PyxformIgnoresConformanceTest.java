package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.forms.conformance.Conformance.errors;
import static org.concord.forms.conformance.Conformance.load;
import static org.concord.forms.conformance.Conformance.session;
import static org.concord.forms.conformance.Conformance.warnings;

import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.Node;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.session.FormSession;
import org.junit.jupiter.api.Test;

/**
 * What pyxform reads past without refusing the form: a comment row, a note without a name, an empty repeat, a column
 * without a header, the rows and headers after a long run of empty ones, text in typographic quotes, a choice_filter on
 * a question without choices, a name repeated in an external_choices list, a choices sheet without labels. Concord loads such a form as pyxform reads
 * it and says in a warning what it did; what pyxform refuses stays an error.
 */
class PyxformIgnoresConformanceTest {
    private static Question q(FormSession s, String name) {
        return s.form().question(name).orElseThrow(() -> new AssertionError("no question " + name));
    }

    @Test
    void aRowWithoutTypeNameAndLabelIsAComment() {
        Form form = load("comment-row");
        assertThat(form.questions()).extracting(Question::name).containsExactly("farmer", "plot");
        assertThat(warnings("comment-row")).containsExactly("comment-row/survey.csv row 3, column type: a row with "
                + "no type, name or label is a comment row: it is skipped, as pyxform skips it");
        assertThat(errors("comment-row-named")).as("a row with a name but no type is refused, as by pyxform")
                .containsExactly("comment-row-named/survey.csv row 3, column type: type is empty; give the row a type "
                        + "such as text or select_one LIST, or delete the row");
    }

    @Test
    void aNoteWithoutANameIsNamedAfterItsRow() {
        Form form = load("note-without-name");
        assertThat(form.questions()).extracting(Question::name)
                .containsExactly("generated_note_name_2", "farmer", "generated_note_name_4");
        assertThat(form.question("generated_note_name_4").orElseThrow().type()).isEqualTo(QuestionType.NOTE);
        assertThat(warnings("note-without-name")).containsExactly(
                "note-without-name/survey.csv row 2, column name: note without a name: Concord names it "
                        + "generated_note_name_2, as pyxform does",
                "note-without-name/survey.csv row 4, column name: note without a name: Concord names it "
                        + "generated_note_name_4, as pyxform does");
    }

    @Test
    void anEmptyRepeatIsLeftOutAndARepeatOfRefusedRowsSaysOnlyWhyTheRowsAre() {
        Form form = load("repeat-empty");
        assertThat(form.body()).extracting(Node::name).containsExactly("farmer");
        assertThat(form.repeats()).isEmpty();
        assertThat(warnings("repeat-empty")).containsExactly("repeat-empty/survey.csv row 3, column type: repeat "
                + "visits has no questions, so it is left out (it would ask nothing)");
        assertThat(errors("repeat-refused-rows")).containsExactly("repeat-refused-rows/survey.csv row 4, column type: "
                + "a laptop kiosk cannot capture geopoint (a GPS location); remove it or use ODK Collect for this part");
    }

    @Test
    void valuesWithoutAHeaderAreIgnoredAndNamedByTheirColumnLetter() {
        Form form = load("value-without-header");
        assertThat(form.questions()).extracting(Question::name).containsExactly("q", "r");
        assertThat(warnings("value-without-header")).containsExactly("value-without-header/survey.csv row 2, column E:"
                + " column E has values (from row 2) but no header, so it is ignored, as pyxform ignores it (pyxform "
                + "reads no header after 21 empty header cells either); add a header in row 1 or delete the values");
        assertThat(form.source().text()).as("the stored source keeps the column, so that it gives the same warning")
                .contains("type,name,label,,\ntext,q,Q,,stray\n");
    }

    @Test
    void aHeaderAfter21EmptyHeadersAndRowsAfter61EmptyRowsAreNotRead() {
        assertThat(load("header-after-empty-headers").questions()).extracting(Question::name).containsExactly("q");
        assertThat(warnings("header-after-empty-headers")).containsExactly("header-after-empty-headers/survey.csv "
                + "row 2, column Y: column Y has values (from row 2) but no header, so it is ignored, as pyxform "
                + "ignores it (pyxform reads no header after 21 empty header cells either); add a header in row 1 or "
                + "delete the values");
        assertThat(load("rows-after-empty-rows").questions()).extracting(Question::name).containsExactly("q");
        assertThat(warnings("rows-after-empty-rows")).containsExactly("rows-after-empty-rows/survey.csv row 64: row 64"
                + " and the rows below it are ignored: they come after 61 empty rows, where pyxform stops reading the "
                + "sheet; delete the empty rows above them to keep them");
    }

    @Test
    void textInTypographicQuotesIsReadAsInStraightQuotes() {
        assertThat(warnings("typographic-quotes")).containsExactly(
                "typographic-quotes/survey.csv row 3, column relevant: text ‘other’ is in typographic quotes (as Word "
                        + "writes them); Concord reads them as straight quotes, 'other', but ODK Collect would refuse "
                        + "them: write straight quotes ' or \"",
                "typographic-quotes/survey.csv row 4, column relevant: text “maize” is in typographic quotes (as Word "
                        + "writes them); Concord reads them as straight quotes, \"maize\", but ODK Collect would refuse "
                        + "them: write straight quotes ' or \"",
                "typographic-quotes/survey.csv row 4, column choice_filter: text ‘other’ is in typographic quotes (as "
                        + "Word writes them); Concord reads them as straight quotes, 'other', but ODK Collect would "
                        + "refuse them: write straight quotes ' or \"");
        FormSession s = session("typographic-quotes");
        assertThat(s.isRelevant(q(s, "other"))).as("${crop} = ‘other’ before an answer").isFalse();
        s.setAnswer("crop", "other");
        assertThat(s.isRelevant(q(s, "other"))).as("${crop} = ‘other’ once other is chosen").isTrue();
        assertThat(s.isRelevant(q(s, "again"))).as("selected(${crop}, “maize”)").isFalse();
        assertThat(s.choices(q(s, "again"))).extracting(Choice::name).containsExactly("maize");
        assertThat(errors("typographic-quote-unmatched")).containsExactly("typographic-quote-unmatched/survey.csv row "
                + "3, column relevant: cannot parse the expression: unclosed string: missing ’ after ‘ (write text in "
                + "straight quotes ' or \") at character 11");
    }

    @Test
    void aChoiceFilterOnAQuestionWithoutChoicesIsIgnored() {
        Form form = load("choice-filter-not-select");
        assertThat(form.question("district").orElseThrow().options().choiceFilter()).isNull();
        assertThat(warnings("choice-filter-not-select")).containsExactly("choice-filter-not-select/survey.csv row 2, "
                + "column choice_filter: choice_filter is only for select questions, so it is ignored on this text, as "
                + "pyxform ignores it; remove it");
    }

    @Test
    void anExternalChoicesListMayRepeatANameUnderDifferentFilters() {
        assertThat(warnings("external-choice-duplicates")).isEmpty();
        FormSession s = session("external-choice-duplicates");
        s.setAnswer("state", "tx");
        assertThat(s.choices(q(s, "county"))).extracting(Choice::name).containsExactly("king");
        s.setAnswer("state", "wa");
        assertThat(s.choices(q(s, "county"))).extracting(Choice::name).containsExactly("king", "pierce");
    }

    @Test
    void aChoicesSheetWithoutALabelColumnShowsEachChoiceByItsName() {
        Form form = load("choices-without-label");
        assertThat(form.choiceLists().get("yn").choices()).extracting(c -> c.label().get("default", "default"))
                .containsExactly("yes", "no");
        assertThat(warnings("choices-without-label")).containsExactly(
                "choices-without-label/choices.csv row 2, column label: the sheet has no label column; the choice "
                        + "shows its name yes instead; add a label so that respondents read words rather than a code",
                "choices-without-label/choices.csv row 3, column label: the sheet has no label column; the choice "
                        + "shows its name no instead; add a label so that respondents read words rather than a code");
    }
}
