package org.concord.study.export.stata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.concord.study.Study;
import org.concord.study.export.wide.ReadBack;
import org.concord.study.export.wide.StatsExportFixture;
import org.concord.study.export.wide.StudyTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Stata export of a study read back by R's haven and by pandas: names, labels, values, times, missing. */
class DtaWriterTest {
    /** How the Stata export renames the fixture's awkward names (cut to 32 characters without a collision). */
    static final Map<String, String> RENAMED = Map.of("_n", "v__n",
            "a_very_long_question_name_that_goes_past_32_one", "a_very_long_question_name_that_g",
            "a_very_long_question_name_that_goes_past_32_two", "a_very_long_question_name_that_2",
            "dash-and.dot", "dash_and_dot", "ŵyr", "wyr");

    @TempDir
    Path dir;
    private final StatsExportFixture fixture = new StatsExportFixture();
    private Path studyFile;

    @BeforeEach
    void study() {
        studyFile = dir.resolve("study.concord");
        fixture.create(studyFile);
    }

    private Path export(String name, String language, boolean completedOnly) throws Exception {
        Path out = dir.resolve(name);
        try (Study s = Study.openReadOnly(studyFile); StudyTable t = StudyTable.scan(s, completedOnly, language)) {
            DtaWriter.write(t, out, "Stats export test form");
        }
        return out;
    }

    @Test
    void havenReadsNamesLabelsValuesAndTimes() throws Exception {
        List<String> lines = ReadBack.haven(export("study.dta", null, false), true);
        assertThat(lines).contains("rows 3 ", "columns 25 ",
                "VAR\trole_group\thaven_labelled\tRole group", "LABEL\trole_group\t2\tworker",
                "VAR\tcompleted_at\tPOSIXct\tSubmitted (UTC)",
                "VAR\tv_needs1\thaven_labelled\tChildren's needs come first", "LABEL\tv_needs1\t1\tStrongly disagree",
                "VAR\tsupports_peer\thaven_labelled\tWhich supports do you use?: Peer support",
                "LABEL\tplace\t3\tgarden", "VAR\tby\tcharacter\tAnything else (by)",
                "VAR\tv__n\tcharacter\t_n: Tŷ ŵyr (text)",
                "VAR\ta_very_long_question_name_that_g\tcharacter\ta_very_long_question_name_that_goes_past_32_one:"
                        + " First long",
                "VAR\twyr\tcharacter\tŵyr: Grandson", "VAR\thours\tnumeric\tHours a week");
        assertThat(lines).containsAll(fixture.expectedValues(studyFile, RENAMED));
    }

    @Test
    void pandasReadsTheSameInWelsh() throws Exception {
        List<String> lines = ReadBack.pandas(export("cy.dta", "cy", false), true);
        assertThat(lines).contains("rows 3", "columns 25",
                "VAR\tstarted_at\tdatetime64[ns]\tStarted (UTC)",
                "VAR\tv_needs2\tfloat64\tRhaid i gyllidebau gyfyngu ar yr hyn a gynigiwn",
                "LABEL\tv_needs2\t3\tDim un", "LABEL\trole\t1\tRheolwr tîm", "LABEL\tplace\t2\tCartref â",
                "VAR\tsupports_peer\tfloat64\tPa gymorth ydych chi'n ei ddefnyddio?: Cymorth gan gymheiriaid ŵ ŷ â",
                "LABEL\tsupports_peer\t1\tCymorth gan gymheiriaid ŵ ŷ â", "VAR\tby\tobject\tUnrhyw beth arall");
        assertThat(lines).containsAll(fixture.expectedValues(studyFile, RENAMED));
    }

    @Test
    void aStudyWithoutParticipantsIsAnEmptyDataset() throws Exception {
        Path empty = dir.resolve("empty.concord");
        Study.create(empty, org.concord.forms.FormLoader.load(Path.of("src/test/resources/forms/stats-export")),
                List.of(), "2468".toCharArray()).close();
        Path dta = dir.resolve("empty.dta");
        Path sav = dir.resolve("empty.sav");
        try (Study s = Study.openReadOnly(empty); StudyTable t = StudyTable.scan(s, false, null)) {
            DtaWriter.write(t, dta, null);
            org.concord.study.export.spss.SavWriter.write(t, sav, null);
        }
        assertThat(ReadBack.pandas(dta, true)).contains("rows 0", "columns 24", "LABEL	v_needs1	5	Strongly agree");
        assertThat(ReadBack.haven(sav, true)).contains("rows 0 ", "columns 24 ", "LABEL	place	2	Home");
    }

    @Test
    void completedOnlyKeepsTheSubmittedParticipant() throws Exception {
        List<String> lines = ReadBack.pandas(export("done.dta", null, true), true);
        assertThat(lines).contains("rows 1", "VALUE\tparticipant_id\t1\t" + fixture.leader,
                "VALUE\tby\t1\t" + StatsExportFixture.WELSH);
    }
}
