package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.forms.conformance.Conformance.load;
import static org.concord.forms.conformance.Conformance.warnings;

import org.concord.forms.Form;
import org.concord.forms.Language;
import org.concord.forms.Question;
import org.junit.jupiter.api.Test;

/** Languages as pyxform finds them: unsuffixed columns, empty columns, default_language, missing translations. */
class LanguagesConformanceTest {
    @Test
    void emptyUnsuffixedColumnsCreateNoLanguage() {
        Form form = load("kobo-unsuffixed-empty");
        assertThat(form.languages()).containsExactly(new Language("en", "English"));
        assertThat(form.warnings()).isEmpty();
    }

    @Test
    void unsuffixedColumnsBelongToTheDefaultLanguage() {
        Form form = load("unsuffixed-default-language");
        assertThat(form.languages()).containsExactly(new Language("en", "English"), new Language("cy", "Cymraeg"));
        Question n = form.question("n").orElseThrow();
        assertThat(n.hint().byLanguage()).containsExactly(java.util.Map.entry("en", "Count them"));
        assertThat(n.constraintMessage().byLanguage()).containsExactly(java.util.Map.entry("en", "Must be positive"));
        assertThat(warnings("unsuffixed-default-language")).containsExactly(
                "unsuffixed-default-language/survey.csv row 2, column hint::Cymraeg (cy): hint in Cymraeg (cy) is "
                        + "missing; the kiosk shows English (en)'s text there",
                "unsuffixed-default-language/survey.csv row 2, column constraint_message::Cymraeg (cy): "
                        + "constraint_message in Cymraeg (cy) is missing; the kiosk shows English (en)'s text there");
    }

    @Test
    void unsuffixedColumnsWithoutADefaultLanguageAreTheUnnamedDefault() {
        Form form = load("unsuffixed-no-default");
        assertThat(form.languages()).containsExactly(new Language("default", "default"),
                new Language("en", "English"));
        assertThat(warnings("unsuffixed-no-default")).containsExactly(
                "unsuffixed-no-default/survey.csv row 2, column label: label in default is missing in 2 rows "
                        + "(2, 3); the kiosk shows another language's text there",
                "unsuffixed-no-default/survey.csv row 2, column hint::English (en): hint in English (en) is "
                        + "missing; the kiosk shows default's text there");
    }

    @Test
    void aMissingTranslationIsAWarning() {
        assertThat(warnings("missing-translation")).containsExactly(
                "missing-translation/survey.csv row 2, column hint::Cymraeg (cy): hint in Cymraeg (cy) is missing; "
                        + "the kiosk shows English (en)'s text there",
                "missing-translation/survey.csv row 3, column label::Cymraeg (cy): label in Cymraeg (cy) is "
                        + "missing; the kiosk shows English (en)'s text there");
        assertThat(warnings("missing-choice-translation")).containsExactly(
                "missing-choice-translation/choices.csv row 3, column label::Cymraeg (cy): label in Cymraeg (cy) is "
                        + "missing; the kiosk shows English (en)'s text there");
    }

    @Test
    void aDefaultLanguageWithNoTextIsAWarning() {
        Form form = load("unknown-default-language");
        assertThat(form.defaultLanguage()).isEqualTo("en");
        assertThat(warnings("unknown-default-language")).containsExactly(
                "unknown-default-language/settings.csv row 2, column default_language: default_language Welsh is "
                        + "not a language of the form (no label or hint is in it); the kiosk starts in English (en); "
                        + "use one of: English (en), Cymraeg (cy)");
    }
}
