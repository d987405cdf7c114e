package org.concord.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.session.FormSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study file keeps the rows of the files beside its form (select_one_from_file, csv-external, xml-external,
 * pulldata), so a study moved to another laptop without them opens with the same choices and lookups.
 */
class StudyExternalFilesTest {
    @TempDir
    Path dir;

    @Test
    void theFileRowsTravelWithTheStudy() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("towns"));
        Files.writeString(folder.resolve("survey.csv"), "type,name,label,calculation\n"
                + "select_one_from_file cities.csv,city,City,\n"
                + "xml-external,sizes,,\n"
                + "calculate,country,,\"pulldata('cities', 'country', 'name', ${city})\"\n"
                + "calculate,size,,instance('sizes')/root/item[city = ${city}]/people\n");
        Files.writeString(folder.resolve("settings.csv"), "form_id\ntowns\n");
        Files.writeString(folder.resolve("cities.csv"), "name,label,country\ncardiff,Cardiff,wales\n"
                + "leeds,Leeds,england\n");
        Files.writeString(folder.resolve("sizes.xml"), "<root><item><city>leeds</city><people>812000</people>"
                + "</item></root>");
        Form form = FormLoader.load(folder);
        Path file = dir.resolve("towns.concord");
        try (Study study = Study.create(file, form, StudyTest.LAS, "4321".toCharArray())) {
            assertThat(study.form().source().sha256()).isEqualTo(form.source().sha256());
        }
        Path elsewhere = Files.createDirectories(dir.resolve("other-laptop")).resolve("towns.concord");
        Files.move(file, elsewhere);
        for (String name : new String[] {"cities.csv", "sizes.xml", "survey.csv", "settings.csv"}) {
            Files.delete(folder.resolve(name));
        }
        try (Study study = Study.open(elsewhere)) {
            Form stored = study.form();
            assertThat(stored.source().text()).as("stored form text").contains("=== file:cities.csv.csv ")
                    .contains("=== file:sizes.xml.csv ");
            assertThat(stored.choicesOf(stored.question("city").orElseThrow()).orElseThrow().choices())
                    .extracting(Choice::name).containsExactly("cardiff", "leeds");
            FormSession s = FormSession.start(stored, Map.of(), "default", 1);
            s.setAnswer("city", "leeds");
            assertThat(s.answer("country")).isEqualTo("england");
            assertThat(s.answer("size")).isEqualTo("812000");
        }
    }
}
