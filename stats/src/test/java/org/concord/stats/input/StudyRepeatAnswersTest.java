package org.concord.stats.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.concord.common.Problem;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers asked in a repeat are stored as name[i]; the analysis input (a study file or its long CSV) leaves them out
 * without a problem.
 */
class StudyRepeatAnswersTest {
    @TempDir
    Path dir;

    @Test
    void repeatedAnswersAreLeftOutOfTheAnalysisInput() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("form"));
        Files.writeString(folder.resolve("survey.csv"), "type,name,label,domain\n"
                + "select_one roles,role,Role,\nselect_one agree4,v1,V1,needs\nselect_one agree4,v2,V2,needs\n"
                + "begin_repeat,child,Child,\ninteger,child_age,Age,\nend_repeat,,,\n");
        Files.writeString(folder.resolve("choices.csv"), "list_name,name,label,role_group\n"
                + "roles,manager,Manager,leader\nroles,worker,Worker,worker\n"
                + "agree4,1,a,\nagree4,2,b,\nagree4,3,c,\nagree4,4,d,\n");
        Files.writeString(folder.resolve("settings.csv"), "form_id\nrepeats\n");
        Form form = FormLoader.load(folder);
        Path file = dir.resolve("s.concord");
        try (Study study = Study.create(file, form, List.of(new LocalAuthority("W06000015", "Cardiff")),
                "1234".toCharArray())) {
            long session = study.startSession("W06000015", "AB").id();
            UUID p = study.createParticipant(session, "en").id();
            for (String[] a : new String[][] {{"role", "manager"}, {"v1", "3"}, {"v2", "4"}, {"child", "2"},
                                              {"child#add", "no"}, {"child_age[1]", "7"}, {"child_age[2]", "4"}}) {
                study.saveAnswer(p, a[0], a[1], "en");
            }
            study.markComplete(p);
        }
        ResponseAccumulator into = new ResponseAccumulator(ItemCoding.of(form));
        StudyResponsesReader.read(file, "s.concord", into);
        ResponseSet set = into.build();
        assertThat(set.respondents()).as("respondents").isEqualTo(1);
        assertThat(into.warnings()).extracting(Problem::toString).as("warnings").isEmpty();

        // The same answers as the long CSV that the export writes, read as analysis input.
        Path csv = dir.resolve("long.csv");
        try (Study study = Study.openReadOnly(file)) {
            org.concord.study.export.LongCsvExporter.export(study, csv, true);
        }
        assertThat(Files.readString(csv)).as("the long CSV").contains("child_age[2]").contains("child#add");
        ResponseAccumulator fromCsv = new ResponseAccumulator(ItemCoding.of(form));
        ResponsesCsvReader.read(csv, "long.csv", fromCsv);
        assertThat(fromCsv.build().respondents()).as("respondents of the long CSV").isEqualTo(1);
        assertThat(fromCsv.warnings()).extracting(Problem::toString).as("warnings of the long CSV").isEmpty();
    }
}
