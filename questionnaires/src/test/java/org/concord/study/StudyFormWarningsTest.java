package org.concord.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.common.Problem;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study file keeps the form's warnings: the stored form text gives them again when the study is opened. */
class StudyFormWarningsTest {
    @TempDir
    Path dir;

    @Test
    void theWarningsOfTheFormComeBackWithTheStudy() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("warned"));
        Files.writeString(folder.resolve("survey.csv"), "type,name,label::English (en),label::Cymraeg (cy),$kuid\n"
                + "text,a,A,A cy,k1\ntext,b,B,,k2\n");
        Files.writeString(folder.resolve("settings.csv"), "form_id,style\nwarned,pages\n");
        Form form = FormLoader.load(folder);
        assertThat(form.warnings()).hasSize(3);
        Path file = dir.resolve("warned.concord");
        try (Study study = Study.create(file, form, StudyTest.LAS, "4321".toCharArray())) {
            assertThat(study.form().warnings()).extracting(Problem::message)
                    .containsExactlyElementsOf(form.warnings().stream().map(Problem::message).toList());
        }
        try (Study study = Study.open(file)) {
            assertThat(study.form().warnings()).extracting(Problem::toString).containsExactly(
                    "form source sheet survey, row 2, column $kuid: column $kuid is not an XLSForm column that "
                            + "Concord uses; it is ignored",
                    "form source sheet survey, row 3, column label::Cymraeg (cy): label in Cymraeg (cy) is missing; "
                            + "the kiosk shows English (en)'s text there",
                    "form source sheet settings, row 2, column style: setting style is ignored: the kiosk always "
                            + "shows one group per page");
        }
    }
}
