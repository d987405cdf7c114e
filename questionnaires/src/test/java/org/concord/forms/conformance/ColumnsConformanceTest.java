package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.forms.conformance.Conformance.errors;
import static org.concord.forms.conformance.Conformance.load;
import static org.concord.forms.conformance.Conformance.warnings;

import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.Language;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.junit.jupiter.api.Test;

/** Column headers and type spellings as pyxform reads them (aliases, case, bind:/jr: prefixes, old select forms). */
class ColumnsConformanceTest {
    @Test
    void bindAndJrPrefixesWithSingleColons() {
        Form form = load("bind-single-colon");
        Question age = form.question("age").orElseThrow();
        assertThat(age.constraint().source()).isEqualTo(". >= 0");
        assertThat(age.constraintMessage().get("default", "default")).isEqualTo("Too small");
        assertThat(age.required().source()).isEqualTo("yes");
        assertThat(age.requiredMessage().get("default", "default")).isEqualTo("Give your age");
        assertThat(form.question("vote").orElseThrow().relevant().source()).isEqualTo("${age} >= 18");
        assertThat(form.warnings()).isEmpty();
    }

    @Test
    void bindPrefixWithDoubleColons() {
        Form form = load("bind-double-colon");
        Question age = form.question("age").orElseThrow();
        assertThat(age.constraint().source()).isEqualTo(". >= 0");
        assertThat(age.constraintMessage().exactly("en")).isEqualTo("Too small");
        assertThat(form.question("vote").orElseThrow().relevant().source()).isEqualTo("${age} >= 18");
        assertThat(form.languages()).containsExactly(new Language("en", "English"));
    }

    @Test
    void headersInAnyCaseWithSpacesAndAliases() {
        Form form = load("header-case-and-aliases");
        Question age = form.question("age").orElseThrow();
        assertThat(age.label().get("default", "default")).isEqualTo("Age");
        assertThat(age.hint().get("default", "default")).isEqualTo("In years");
        assertThat(age.constraintMessage().get("default", "default")).isEqualTo("Too small");
        assertThat(age.requiredMessage().get("default", "default")).isEqualTo("Please answer");
        assertThat(form.question("double").orElseThrow().calculation().source()).isEqualTo("${age} * 2");
        assertThat(form.question("why").orElseThrow().relevant().source()).isEqualTo("${age} > 10");
        assertThat(form.settings().formId()).isEqualTo("aliases");
        assertThat(form.settings().formTitle()).isEqualTo("Header aliases");
        assertThat(form.settings().version()).isEqualTo("3");
        assertThat(form.warnings()).isEmpty();
    }

    @Test
    void idStringAndTitleAreFormIdAndFormTitle() {
        Form form = load("form-id-and-id-string");
        assertThat(form.settings().formId()).isEqualTo("my_form");
        assertThat(form.settings().formTitle()).isEqualTo("My form");
    }

    @Test
    void labelWithASingleColonNamesALanguage() {
        Form form = load("label-single-colon");
        assertThat(form.languages()).containsExactly(new Language("English", "English"),
                new Language("Français", "Français"));
        assertThat(form.defaultLanguage()).isEqualTo("English");
        Question ok = form.question("ok").orElseThrow();
        assertThat(ok.hint().exactly("Français")).isEqualTo("Choisissez");
        assertThat(form.choicesOf(ok).orElseThrow().choices()).extracting(c -> c.label().exactly("Français"))
                .containsExactly("Oui", "Non");
        assertThat(form.warnings()).isEmpty();
    }

    @Test
    void everySelectSpellingPyxformAccepts() {
        Form form = load("select-spellings");
        assertThat(form.questions()).extracting(Question::name, Question::type, Question::listName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", QuestionType.SELECT_ONE, "yn"),
                org.assertj.core.groups.Tuple.tuple("b", QuestionType.SELECT_MULTIPLE, "fruit"),
                org.assertj.core.groups.Tuple.tuple("c", QuestionType.SELECT_ONE, "yn"),
                org.assertj.core.groups.Tuple.tuple("d", QuestionType.SELECT_MULTIPLE, "fruit"),
                org.assertj.core.groups.Tuple.tuple("e", QuestionType.SELECT_MULTIPLE, "fruit"),
                org.assertj.core.groups.Tuple.tuple("f", QuestionType.SELECT_ONE, "yn"),
                org.assertj.core.groups.Tuple.tuple("g", QuestionType.SELECT_ONE, "yn"));
    }

    @Test
    void orSpecifyOtherAddsTheOtherChoiceAndItsTextQuestion() {
        Form form = load("or-other");
        assertThat(form.questions()).extracting(Question::name).containsExactly("fav", "fav_other", "all",
                "all_other");
        Question fav = form.question("fav").orElseThrow();
        assertThat(fav.options().orOther()).isTrue();
        assertThat(form.choicesOf(fav).orElseThrow().choices()).extracting(Choice::name)
                .containsExactly("apple", "pear", "other");
        Question other = form.question("fav_other").orElseThrow();
        assertThat(other.type()).isEqualTo(QuestionType.TEXT);
        assertThat(other.relevant().source()).isEqualTo("selected(${fav}, 'other')");
        assertThat(other.label().get("default", "default")).isEqualTo("Specify other.");
        assertThat(form.choiceLists().get("fruit").choices()).extracting(Choice::name)
                .as("the list itself is unchanged for other questions").containsExactly("apple", "pear");
    }

    @Test
    void phoneNumberIsATextOfDigits() {
        Question tel = load("phone-number").question("tel").orElseThrow();
        assertThat(tel.type()).isEqualTo(QuestionType.TEXT);
        assertThat(tel.constraint().test(n -> null, "01234 567")).isFalse();
        assertThat(tel.constraint().test(n -> null, "01234567")).isTrue();
        assertThat(tel.hint().get("default", "default")).isEqualTo("Enter numbers only.");
    }

    @Test
    void anEmptyChoicesSheetIsFineWhenNoQuestionUsesIt() {
        assertThat(load("empty-choices-sheet").choiceLists()).isEmpty();
        assertThat(load("blank-choices-sheet").choiceLists()).isEmpty();
    }

    @Test
    void aFormOfOnlyEmptyGroupsIsRefused() {
        assertThat(errors("only-empty-groups")).containsExactly(
                "only-empty-groups/survey.csv: the survey has no questions; add at least one question row (groups "
                        + "alone show nothing)");
    }

    @Test
    void phoneOnlyTypesAreRefusedWithTheReason() {
        assertThat(errors("phone-only-types")).containsExactly(
                "phone-only-types/survey.csv row 2, column type: a laptop kiosk cannot capture geopoint (a GPS "
                        + "location); remove it or use ODK Collect for this part",
                "phone-only-types/survey.csv row 3, column type: a laptop kiosk cannot capture image (a photo); "
                        + "remove it or use ODK Collect for this part",
                "phone-only-types/survey.csv row 4, column type: a laptop kiosk cannot capture phonenumber (the "
                        + "phone's own number); remove it or use ODK Collect for this part");
    }

    @Test
    void unusedColumnsAreWarnedNotDropped() {
        assertThat(warnings("unused-columns")).containsExactly(
                "unused-columns/survey.csv row 2, column guidance_hint: column guidance_hint is ignored: guidance "
                        + "hints are shown only by ODK Collect's guidance setting; Concord does not show them",
                "unused-columns/survey.csv row 2, column media::image: column media::image is ignored: Concord shows "
                        + "no images, audio or video; the text label is shown",
                "unused-columns/survey.csv row 2, column $kuid: column $kuid is not an XLSForm column that Concord "
                        + "uses; it is ignored",
                "unused-columns/survey.csv row 2, column save_to: column save_to is ignored: entities are an ODK "
                        + "server feature; the answer is kept but saved to no entity list",
                "unused-columns/survey.csv row 2, column notes_for_team: column notes_for_team is not an XLSForm "
                        + "column that Concord uses; it is ignored");
    }

    @Test
    void ignoredSettingsAreWarned() {
        assertThat(warnings("ignored-settings")).containsExactly(
                "ignored-settings/settings.csv row 2, column public_key: setting public_key is ignored: Concord "
                        + "keeps every answer in the study file on the laptop and sends nothing to a server, so "
                        + "nothing is encrypted for one",
                "ignored-settings/settings.csv row 2, column submission_url: setting submission_url is ignored: "
                        + "Concord keeps every answer in the study file on the laptop and sends nothing to a server",
                "ignored-settings/settings.csv row 2, column instance_name: setting instance_name is ignored: each "
                        + "participant is named by a random code, not by a form expression",
                "ignored-settings/settings.csv row 2, column style: setting style is ignored: the kiosk always shows "
                        + "one group per page",
                "ignored-settings/settings.csv row 2, column my_note: setting my_note is not an XLSForm setting "
                        + "that Concord uses; it is ignored");
    }

    /** pyxform drops an unknown column; Concord warns when it is empty or a misspelt appearance, and loads the form. */
    @Test
    void anEmptyOrAppearanceMisspeltColumnIsWarned() {
        Form form = load("misspelt-column-warned");
        assertThat(form.question("hours").orElseThrow().type()).isEqualTo(QuestionType.INTEGER);
        assertThat(warnings("misspelt-column-warned")).containsExactly(
                "misspelt-column-warned/survey.csv row 1, column required_: column required_, which is empty, is "
                        + "ignored; did you mean required? rename it if it should be read",
                "misspelt-column-warned/survey.csv row 2, column appeance: column appeance is ignored; did you mean "
                        + "appearance? rename it if it should be read");
    }

    /** A group's body::intent would start an Android app: warned as intent, the questions are asked on the page. */
    @Test
    void bodyIntentIsWarnedAsAnAndroidApp() {
        assertThat(load("intent-column").question("id")).isPresent();
        assertThat(warnings("intent-column")).containsExactly(
                "intent-column/survey.csv row 2, column body::intent: column body::intent is ignored: it starts an "
                        + "Android app, which a laptop cannot; the questions the app would fill are asked on the page "
                        + "instead");
    }

    /** pyxform takes any form_id that is not empty: one that starts with a digit or holds a space loads as written. */
    @Test
    void anyFormIdAsPyxformTakesIt() {
        Form form = load("form-id-any");
        assertThat(form.settings().formId()).isEqualTo("2011_07_25 transport");
        assertThat(form.warnings()).isEmpty();
    }
}
