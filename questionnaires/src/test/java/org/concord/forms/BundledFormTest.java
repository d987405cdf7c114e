package org.concord.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled instrument loads, is complete in every language, and its workbook export is the same form. */
class BundledFormTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultFormLoadsFromTheClasspath() {
        Form form = FormLoader.loadBundled(FormLoader.DEFAULT_FORM);
        assertThat(form.settings().formId()).isNotBlank();
        assertThat(form.languages()).extracting(Language::code).contains("en", "cy");
        assertThat(form.defaultLanguage()).isEqualTo("en");
        assertThat(form.valuesItems()).isNotEmpty();
        assertThat(form.roleQuestion()).isPresent();
        assertThat(form.warnings()).as("the bundled form says nothing that Concord ignores").isEmpty();
        assertThat(form.choicesOf(form.roleQuestion().orElseThrow()).orElseThrow().choices())
                .extracting(Choice::roleGroup).containsOnly("leader", "worker").contains("leader", "worker");
        for (Question item : form.valuesItems()) {
            assertThat(form.scaleSize(item)).as(item.name()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void everyLanguageHasEveryLabel() {
        Form form = FormLoader.loadBundled(FormLoader.DEFAULT_FORM);
        List<String> missing = new ArrayList<>();
        for (Language language : form.languages()) {
            for (Question q : form.questions()) {
                if (q.type() != QuestionType.CALCULATE) {
                    check(missing, q.label(), language, "label of " + q.name());
                }
                checkIfAny(missing, q.hint(), language, "hint of " + q.name());
                checkIfAny(missing, q.constraintMessage(), language, "constraint_message of " + q.name());
                checkIfAny(missing, q.requiredMessage(), language, "required_message of " + q.name());
            }
            for (ChoiceList list : form.choiceLists().values()) {
                for (Choice c : list.choices()) {
                    check(missing, c.label(), language, "label of choice " + c.name() + " of " + list.name());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void check(List<String> missing, LocalizedText text, Language language, String what) {
        String t = text.exactly(language.code());
        if (t == null || t.isBlank()) {
            missing.add(what + " in " + language.code());
        }
    }

    private static void checkIfAny(List<String> missing, LocalizedText text, Language language, String what) {
        if (!text.isBlank()) {
            check(missing, text, language, what);
        }
    }

    @Test
    void theFolderTheClasspathAndTheSourceGiveTheSameForm() {
        Form bundled = FormLoader.loadBundled(FormLoader.DEFAULT_FORM);
        Form folder = FormLoader.load(Path.of("forms", FormLoader.DEFAULT_FORM));
        assertThat(folder).isEqualTo(bundled);
        assertThat(FormLoader.fromSource(bundled.source().text())).isEqualTo(bundled);
    }

    @Test
    void itsWorkbookExportLoadsToTheSameModelAndSha() {
        Form bundled = FormLoader.loadBundled(FormLoader.DEFAULT_FORM);
        Path xlsx = dir.resolve(FormLoader.DEFAULT_FORM + ".xlsx");
        XlsFormWriter.write(bundled, xlsx);
        Form fromWorkbook = FormLoader.load(xlsx);
        assertThat(fromWorkbook).isEqualTo(bundled);
        assertThat(fromWorkbook.source().text()).isEqualTo(bundled.source().text());
        assertThat(fromWorkbook.source().sha256()).isEqualTo(bundled.source().sha256());
    }
}
