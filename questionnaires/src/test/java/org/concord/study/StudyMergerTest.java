package org.concord.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.concord.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyMergerTest {
    @TempDir
    Path dir;

    /** A closed study in {@code la} with {@code n} participants who each answered v1 and role. */
    private List<UUID> study(Path file, String version, String la, int n) {
        try (Study study = Study.create(file, TestForms.sample(version), StudyTest.LAS, "1234".toCharArray())) {
            long s = study.startSession(la, "AB").id();
            List<UUID> ids = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                UUID p = study.createParticipant(s, "en").id();
                study.saveAnswer(p, "role", i % 2 == 0 ? "team_manager" : "social_worker", "en");
                study.saveAnswer(p, "v1", Integer.toString(1 + i % 5), "en");
                study.recordParadata(p, "page_shown", "values");
                study.markComplete(p);
                ids.add(p);
            }
            return ids;
        }
    }

    @Test
    void participantsOfDifferentLaptopsAreUnited() throws Exception {
        Path a = dir.resolve("a.concord");
        Path b = dir.resolve("b.concord");
        List<UUID> fromA = study(a, "1", "W06000015", 2);
        List<UUID> fromB = study(b, "1", "W06000011", 3);
        byte[] aBefore = Files.readAllBytes(a);
        Path out = dir.resolve("all.concord");
        MergeReport report = StudyMerger.merge(List.of(a, b), out, false);
        assertThat(report.participants()).isEqualTo(5);
        assertThat(report.added()).isEqualTo(5);
        assertThat(report.conflicts()).isEmpty();
        assertThat(Files.readAllBytes(a)).as("bytes of " + a).isEqualTo(aBefore);
        try (Study merged = Study.open(out)) {
            assertThat(merged.sessions()).hasSize(2);
            assertThat(merged.las()).isEqualTo(StudyTest.LAS);
            assertThat(merged.responses()).hasSize(10);
            assertThat(merged.currentAnswers(fromA.get(1))).containsEntry("v1", "2");
            assertThat(merged.currentAnswers(fromB.get(2))).containsEntry("role", "team_manager");
            assertThat(merged.paradata(fromB.get(0))).extracting(ParadataEvent::detail).containsExactly("values");
            assertThat(merged.checkPin("1234".toCharArray())).isTrue();
            assertThat(merged.unfinished()).isEmpty();
        }
    }

    @Test
    void identicalCopiesOfAParticipantAreKeptOnce() throws Exception {
        Path a = dir.resolve("a.concord");
        study(a, "1", "W06000015", 3);
        Path copy = dir.resolve("a-backup.concord");
        Files.copy(a, copy);
        Path out = dir.resolve("all.concord");
        MergeReport report = StudyMerger.merge(List.of(a, copy), out, false);
        assertThat(report.participants()).isEqualTo(3);
        assertThat(report.identicalDuplicates()).isEqualTo(3);
        assertThat(report.added()).isZero();
        assertThat(report.conflicts()).isEmpty();
        try (Study merged = Study.openReadOnly(out)) {
            assertThat(merged.responses()).hasSize(6);
            assertThat(merged.sessions()).hasSize(1);
        }
    }

    @Test
    void aCopiedStudyThatWasUsedFurtherIsJoined() throws Exception {
        Path a = dir.resolve("a.concord");
        UUID p = study(a, "1", "W06000015", 1).get(0);
        Path later = dir.resolve("later.concord");
        Files.copy(a, later);
        try (Study study = Study.open(later)) {
            study.saveAnswer(p, "v1", "5", "en");
            study.saveAnswer(p, "comment", "more", "en");
        }
        MergeReport report = StudyMerger.merge(List.of(a, later), dir.resolve("all.concord"), false);
        assertThat(report.extendedDuplicates()).isEqualTo(1);
        assertThat(report.conflicts()).isEmpty();
        try (Study merged = Study.openReadOnly(dir.resolve("all.concord"))) {
            assertThat(merged.currentAnswers(p)).containsEntry("v1", "5").containsEntry("comment", "more");
            assertThat(merged.history(p)).hasSize(4);
        }
    }

    @Test
    void differingCopiesAreReportedAsConflictsAndNothingIsOverwritten() throws Exception {
        Path a = dir.resolve("a.concord");
        UUID p = study(a, "1", "W06000015", 1).get(0);
        Path b = dir.resolve("b.concord");
        Files.copy(a, b);
        try (Study study = Study.open(a)) {
            study.saveAnswer(p, "v1", "4", "en");
        }
        try (Study study = Study.open(b)) {
            study.saveAnswer(p, "v1", "2", "en");
        }
        Path out = dir.resolve("all.concord");
        MergeReport report = StudyMerger.merge(List.of(a, b), out, false);
        assertThat(report.identicalDuplicates()).isZero();
        assertThat(report.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.participant()).isEqualTo(p);
            assertThat(c.what()).isEqualTo("v1");
            assertThat(c.revision()).isEqualTo(2);
            assertThat(c.kept()).isEqualTo("4");
            assertThat(c.other()).isEqualTo("2");
            assertThat(c.keptFile()).isEqualTo(a.toString());
            assertThat(c.otherFile()).isEqualTo(b.toString());
            assertThat(c.toString()).contains("item v1 revision 2: kept \"4\" from " + a)
                    .contains("other \"2\" from " + b);
        });
        try (Study merged = Study.openReadOnly(out)) {
            assertThat(merged.currentAnswers(p)).containsEntry("v1", "4");
            try (Statement st = merged.conn.createStatement();
                 ResultSet rs = st.executeQuery("SELECT kept, other, other_file FROM merge_conflict")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("4");
                assertThat(rs.getString(2)).isEqualTo("2");
                assertThat(rs.getString(3)).isEqualTo(b.toString());
            }
        }
    }

    @Test
    void studiesOfDifferentFormsAreRefusedUnlessFormVersionsAreAllowed() throws Exception {
        Path a = dir.resolve("a.concord");
        Path b = dir.resolve("b.concord");
        UUID pa = study(a, "1", "W06000015", 1).get(0);
        UUID pb = study(b, "2", "W06000011", 1).get(0);
        Path out = dir.resolve("all.concord");
        assertThatThrownBy(() -> StudyMerger.merge(List.of(a, b), out, false)).isInstanceOf(InputException.class)
                .hasMessageContaining("different forms").hasMessageContaining("--allow-form-versions")
                .satisfies(e -> assertThat(((InputException) e).problems()).hasSize(2));
        assertThat(out).doesNotExist();
        StudyMerger.merge(List.of(a, b), out, true);
        try (Study merged = Study.openReadOnly(out)) {
            assertThat(merged.formSources()).hasSize(2);
            assertThat(merged.formSource().sha256()).isEqualTo(TestForms.sample("1").source().sha256());
            assertThat(merged.history(pa)).allMatch(r -> r.formSha256().equals(TestForms.sample("1").source().sha256()));
            assertThat(merged.history(pb)).allMatch(r -> r.formSha256().equals(TestForms.sample("2").source().sha256()));
        }
    }

    @Test
    void badInputsAreAllReportedAndNothingIsWritten() throws Exception {
        Path a = dir.resolve("a.concord");
        study(a, "1", "W06000015", 1);
        Path text = dir.resolve("notes.concord");
        Files.writeString(text, "not a study");
        Path empty = dir.resolve("empty.concord");
        Files.createFile(empty);
        Path out = dir.resolve("all.concord");
        assertThatThrownBy(() -> StudyMerger.merge(List.of(a, text, empty), out, false))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems()).hasSize(2))
                .hasMessageContaining(text.toString()).hasMessageContaining(empty.toString());
        assertThat(out).doesNotExist();
        assertThatThrownBy(() -> StudyMerger.merge(List.of(a, a), out, false))
                .hasMessageContaining("is named twice");
        Files.writeString(out, "keep me");
        assertThatThrownBy(() -> StudyMerger.merge(List.of(a), out, false)).hasMessageContaining("already exists");
        assertThat(Files.readString(out)).isEqualTo("keep me");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("merging"));
        }
    }

    @Test
    void aMergedStudyCanBeMergedAgain() throws Exception {
        Path a = dir.resolve("a.concord");
        Path b = dir.resolve("b.concord");
        study(a, "1", "W06000015", 2);
        study(b, "1", "W06000011", 2);
        Path ab = dir.resolve("ab.concord");
        StudyMerger.merge(List.of(a, b), ab, false);
        MergeReport again = StudyMerger.merge(List.of(ab, b), dir.resolve("abb.concord"), false);
        assertThat(again.participants()).isEqualTo(4);
        assertThat(again.identicalDuplicates()).isEqualTo(2);
        assertThat(again.conflicts()).isEmpty();
    }
}
