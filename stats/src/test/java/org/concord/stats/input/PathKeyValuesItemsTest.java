package org.concord.stats.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.concord.common.Problem;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.forms.Question;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.concord.study.export.LongCsvExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values items with one name in two groups are two columns of the analysis, keyed home/v1 and work/v1. */
class PathKeyValuesItemsTest {
    @TempDir
    Path dir;

    @Test
    void valuesItemsInTwoGroupsWithOneNameAreReadAsTwoItems() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("form"));
        Files.writeString(folder.resolve("survey.csv"), "type,name,label,domain\n"
                + "select_one roles,role,Role,\nbegin_group,home,At home,\nselect_one agree4,v1,V1,needs\n"
                + "end_group,,,\nbegin_group,work,At work,\nselect_one agree4,v1,V1,needs\nend_group,,,\n");
        Files.writeString(folder.resolve("choices.csv"), "list_name,name,label,role_group\n"
                + "roles,manager,Manager,leader\nroles,worker,Worker,worker\n"
                + "agree4,1,a,\nagree4,2,b,\nagree4,3,c,\nagree4,4,d,\n");
        Files.writeString(folder.resolve("settings.csv"), "form_id\nnames\n");
        Form form = FormLoader.load(folder);
        assertThat(form.valuesItems()).extracting(Question::name).containsExactly("home/v1", "work/v1");
        Path file = dir.resolve("s.concord");
        try (Study study = Study.create(file, form, List.of(new LocalAuthority("W06000015", "Cardiff")),
                "1234".toCharArray())) {
            UUID p = study.createParticipant(study.startSession("W06000015", "AB").id(), "en").id();
            study.saveAnswer(p, "role", "manager", "en");
            study.saveAnswer(p, "home/v1", "2", "en");
            study.saveAnswer(p, "work/v1", "4", "en");
            study.markComplete(p);
        }
        ResponseAccumulator into = new ResponseAccumulator(ItemCoding.of(form));
        StudyResponsesReader.read(file, "s.concord", into);
        ResponseSet set = into.build();
        assertThat(into.warnings()).extracting(Problem::toString).as("warnings").isEmpty();
        assertThat(set.las().get(0).leaders()[0]).as("the leader's values row").containsExactly(2.0, 4.0);

        Path csv = dir.resolve("long.csv");
        try (Study study = Study.openReadOnly(file)) {
            LongCsvExporter.export(study, csv, true);
        }
        ResponseAccumulator fromCsv = new ResponseAccumulator(ItemCoding.of(form));
        ResponsesCsvReader.read(csv, "long.csv", fromCsv);
        assertThat(fromCsv.warnings()).extracting(Problem::toString).as("warnings of the long CSV").isEmpty();
        assertThat(fromCsv.build().las().get(0).leaders()[0]).as("the leader's row from the long CSV")
                .containsExactly(2.0, 4.0);
    }
}
