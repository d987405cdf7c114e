package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.forms.XlsFormWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every conformance form that loads gives the same form, warnings and SHA-256 when written as a workbook. */
class WorkbookConformanceTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"bind-single-colon", "bind-double-colon", "header-case-and-aliases", "label-single-colon",
        "select-spellings", "or-other", "phone-number", "kobo-unsuffixed-empty", "unsuffixed-default-language",
        "unsuffixed-no-default", "ignored-settings", "unused-columns", "missing-translation", "dates", "metadata",
        "defaults", "read-only", "trigger", "cascading-select", "range", "select-one-external",
        "repeat-count", "repeat-add-another", "repeat-nested-group", "repeat-functions"})
    void aWorkbookGivesTheSameForm(String folder) {
        Form csv = Conformance.load(folder);
        Path xlsx = dir.resolve(folder + ".xlsx");
        XlsFormWriter.write(csv, xlsx);
        Form workbook = FormLoader.load(xlsx);
        assertThat(workbook.source().sha256()).as("SHA-256 of %s as a workbook", folder)
                .isEqualTo(csv.source().sha256());
        assertThat(workbook.body()).isEqualTo(csv.body());
        assertThat(workbook.choiceLists()).isEqualTo(csv.choiceLists());
        assertThat(workbook.languages()).isEqualTo(csv.languages());
        assertThat(workbook.warnings()).extracting(p -> p.row() + " " + p.column() + " " + p.message())
                .containsExactlyElementsOf(csv.warnings().stream()
                        .map(p -> p.row() + " " + p.column() + " " + p.message()).toList());
    }
}
