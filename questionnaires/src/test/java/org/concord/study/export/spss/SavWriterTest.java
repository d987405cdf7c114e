package org.concord.study.export.spss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
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

/** The SPSS export of a study read back by GNU PSPP and by R's haven: names, labels, levels, values, missing. */
class SavWriterTest {
    /** How the SPSS export renames the fixture's awkward names. */
    static final Map<String, String> RENAMED = Map.of("by", "v_by", "_n", "v_n", "all", "v_all",
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

    private Path export(String name, String language) throws Exception {
        Path out = dir.resolve(name);
        try (Study s = Study.openReadOnly(studyFile); StudyTable table = StudyTable.scan(s, false, language)) {
            SavWriter.write(table, out, "Stats export test form");
        }
        return out;
    }

    @Test
    void psppReadsTheDictionaryAndEveryValue() throws Exception {
        List<String> lines = ReadBack.pspp(export("study.sav", null), "LIST.");
        assertThat(lines).contains(
                "participant_id,1,Participant (random identifier),Nominal,Input,36,Left,A36,A36",
                "started_at,5,Started (UTC),Scale,Input,20,Right,DATETIME20.0,DATETIME20.0",
                "hours,10,Hours a week,Scale,Input,8,Right,F8.2,F8.2",
                "v_needs1,11,Children's needs come first,Ordinal,Input,8,Right,F8.0,F8.0",
                "supports_peer,14,Which supports do you use?: Peer support,Nominal,Input,8,Right,F8.0,F8.0",
                "place,16,Where do you work?,Nominal,Input,8,Right,F8.0,F8.0",
                "v_by,17,Anything else (by),Nominal,Input,50,Left,A3000,A3000",
                "v_n,18,Tŷ ŵyr (text),Nominal,Input,50,Left,A600,A600",
                "a_very_long_question_name_that_goes_past_32_one,20,First long,Nominal,Input,8,Left,A3,A3",
                "wyr,23,Grandson,Nominal,Input,8,Left,A2,A2",
                "legacy_item,25,,Nominal,Input,18,Left,A18,A18",
                "Children's needs come first,1,Strongly disagree", ",5,Strongly agree",
                "Where do you work?,1,Office", ",3,garden", "Role group,1,leader", ",2,worker");
        String leader = lines.stream().filter(l -> l.startsWith(fixture.leader.toString())).findFirst().orElseThrow();
        assertThat(leader).contains(",Caerdydd,1,").contains(",OK,1,12,37.50,4,2,1,0,1,1,\""
                + StatsExportFixture.WELSH + "\"," + StatsExportFixture.LONG_600 + ",3,one,two,dd,ŵ,1,");
        String worker = lines.stream().filter(l -> l.startsWith(fixture.worker.toString())).findFirst().orElseThrow();
        assertThat(worker).contains(",.,OK,2,.,-.25,5,.,0,1,0,3," + StatsExportFixture.LONG_3000
                + ",,.,,,,,0,from an older form");
        String nobody = lines.stream().filter(l -> l.startsWith(fixture.nobody.toString())).findFirst().orElseThrow();
        assertThat(nobody).contains(",Abertawe,.,").endsWith(",.,OK,.,.,.  ,.,7,.,.,.,.,,,.,,,,,.,");
    }

    @Test
    void welshLabelsWithLanguageCy() throws Exception {
        List<String> lines = ReadBack.pspp(export("cy.sav", "cy"), "");
        assertThat(lines).contains(
                "v_needs1,11,Mae anghenion plant yn dod yn gyntaf,Ordinal,Input,8,Right,F8.0,F8.0",
                "supports_peer,14,Pa gymorth ydych chi'n ei ddefnyddio?: Cymorth gan gymheiriaid ŵ ŷ â,Nominal,"
                        + "Input,8,Right,F8.0,F8.0",
                "Ble ydych chi'n gweithio?,1,Swyddfa", ",2,Cartref â", ",3,garden",
                "Mae anghenion plant yn dod yn gyntaf,1,Anghytuno'n gryf");
    }

    @Test
    void havenReadsLabelsValuesAndMissingExactly() throws Exception {
        Path sav = export("study.sav", null);
        List<String> lines = ReadBack.haven(sav, true);
        assertThat(lines).contains("rows 3 ", "columns 25 ",
                "VAR\trole_group\thaven_labelled\tRole group", "LABEL\trole_group\t1\tleader",
                "VAR\tstarted_at\tPOSIXct\tStarted (UTC)",
                "VAR\tv_needs2\thaven_labelled\tBudgets must limit what we offer",
                "LABEL\tv_needs2\t5\tStrongly agree", "LABEL\tv_needs2\t7\t7", "LABEL\tplace\t3\tgarden",
                "VAR\tsupports_other\thaven_labelled\tWhich supports do you use?: Other",
                "LABEL\tsupports_other\t1\tOther", "VAR\tv_n\tcharacter\tTŷ ŵyr (text)",
                "VAR\thours\tnumeric\tHours a week", "VAR\tis_leader\tnumeric\t");
        assertThat(lines).containsAll(fixture.expectedValues(studyFile, RENAMED));
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Path out = dir.resolve("taken.sav");
        Files.writeString(out, "keep me");
        try (Study s = Study.openReadOnly(studyFile); StudyTable table = StudyTable.scan(s, false, null)) {
            assertThatThrownBy(() -> SavWriter.write(table, out, null)).isInstanceOf(FileAlreadyExistsException.class);
        }
        assertThat(Files.readString(out)).isEqualTo("keep me");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
