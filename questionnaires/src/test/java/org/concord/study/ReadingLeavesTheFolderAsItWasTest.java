package org.concord.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.concord.common.InputException;
import org.concord.forms.FormLoader;
import org.concord.study.export.LongCsvExporter;
import org.concord.study.export.XlsxExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a study (export, merge input) leaves its folder exactly as it was: no {@code -wal} or {@code -shm} is left
 * beside it; a merge killed half-way leaves temporaries that the next merge into the same file removes; a damaged
 * input of a merge is named, not the output.
 */
class ReadingLeavesTheFolderAsItWasTest {
    @TempDir
    Path dir;

    /** A closed study with two submitted participants. */
    private Path study(Path file) {
        try (Study study = Study.create(file, FormLoader.loadBundled(FormLoader.DEFAULT_FORM), StudyTest.LAS,
                "1234".toCharArray())) {
            long s = study.startSession("W06000015", "AB").id();
            for (int i = 0; i < 2; i++) {
                UUID p = study.createParticipant(s, "en").id();
                study.saveAnswer(p, "role", "team_manager", "en");
                study.saveAnswer(p, "v1", "3", "en");
                study.markComplete(p);
            }
        }
        return file;
    }

    /** Every file of a folder with its size and modification time. */
    private static Map<String, String> listing(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.size(f) + " " + Files.getLastModifiedTime(f));
            }
        }
        return out;
    }

    @Test
    void exportsAndMergeLeaveNoWalOrShmBesideTheStudiesTheyRead() throws Exception {
        Path fieldwork = Files.createDirectory(dir.resolve("fieldwork"));
        Path out = Files.createDirectory(dir.resolve("out"));
        Path a = study(fieldwork.resolve("a.concord"));
        Path b = study(fieldwork.resolve("b.concord"));
        Map<String, String> before = listing(fieldwork);
        assertThat(before.keySet()).containsExactly("a.concord", "b.concord");
        try (Study s = Study.openReadOnly(a)) {
            LongCsvExporter.export(s, out.resolve("a.csv"), false);
            XlsxExporter.export(s, out.resolve("a.xlsx"), false);
        }
        StudyMerger.merge(List.of(a, b), out.resolve("all.concord"), false);
        assertThat(listing(fieldwork)).isEqualTo(before);
        assertThat(listing(out).keySet()).containsExactly("a.csv", "a.xlsx", "all.concord");
    }

    @Test
    void aKilledMergesTemporariesAreRemovedByTheNextMergeIntoTheSameFile() throws Exception {
        Path a = study(dir.resolve("a.concord"));
        Path out = dir.resolve("all.concord");
        // What a merge killed with SIGKILL leaves: the half-built study, its log, index, lock and creation file.
        for (String name : List.of(".all.concord.merging", ".all.concord.merging-wal", ".all.concord.merging-shm",
                ".all.concord.merging.lock", "..all.concord.merging.creating", "all.concord.lock")) {
            Files.writeString(dir.resolve(name), "left by a killed merge");
        }
        StudyMerger.merge(List.of(a), out, false);
        assertThat(listing(dir).keySet()).containsExactly("a.concord", "all.concord");
        try (Study merged = Study.openReadOnly(out)) {
            assertThat(merged.participantCounts()).containsExactly(2, 2);
        }
    }

    @Test
    void aMergeWhoseSecondInputIsDamagedNamesThatInputAndWritesNothing() throws Exception {
        Path a = study(dir.resolve("a.concord"));
        Path b = study(dir.resolve("b.concord"));
        // Damage that the checks on opening do not see: a table the merge reads is gone.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + b);
             Statement st = c.createStatement()) {
            st.execute("ALTER TABLE paradata RENAME TO paradata_lost");
        }
        Path out = dir.resolve("all.concord");
        InputException e = catchThrowableOfType(InputException.class,
                () -> StudyMerger.merge(List.of(a, b), out, false));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(b.toString());
            assertThat(p.message()).startsWith("could not be read, it is damaged (").contains("no such table:"
                    + " paradata").endsWith("); restore it from a backup copy or from the laptop it was collected"
                    + " on, or merge the other studies without it");
        });
        assertThat(listing(dir).keySet()).containsExactly("a.concord", "b.concord");
    }

    @Test
    void mergeWithForceReplacesAnOldStudyAndDropsItsLog() throws Exception {
        Path a = study(dir.resolve("a.concord"));
        Path out = study(dir.resolve("all.concord"));
        Files.writeString(dir.resolve("all.concord-wal"), "a stale log of the old study");
        InputException refused = catchThrowableOfType(InputException.class,
                () -> StudyMerger.merge(List.of(a), out, false));
        assertThat(refused.getMessage()).isEqualTo(out + ": already exists; choose another name, or add --force to"
                + " replace it");
        StudyMerger.merge(List.of(a), out, false, true);
        assertThat(listing(dir).keySet()).containsExactly("a.concord", "all.concord");
        try (Study merged = Study.openReadOnly(out)) {
            assertThat(merged.participantCounts()).containsExactly(2, 2);
        }
    }

    @Test
    void aStudyOpenedForWritingWhileItIsReadIsReportedRatherThanReadHalfChanged() throws Exception {
        Path a = study(dir.resolve("a.concord"));
        try (Study reader = Study.openReadOnly(a); Study writer = Study.open(a)) {
            long session = writer.startSession("W06000015", "CD").id();
            writer.saveAnswer(writer.createParticipant(session, "en").id(), "role", "team_manager", "en");
            InputException e = catchThrowableOfType(InputException.class,
                    () -> reader.forEachParticipant(true, p -> { }));
            assertThat(e.getMessage()).isEqualTo(a + ": was changed by another program (the Concord app?) while it"
                    + " was being read; nothing was written; run the command again");
        }
    }
}
