package org.concord.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.forms.FormLoader;
import org.concord.study.LocalAuthority;
import org.concord.study.ProgressRow;
import org.concord.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concord export} on a study of the bundled form, reopened from disk as a user's study would be. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private Path study() {
        Path file = dir.resolve("fieldwork.concord");
        try (Study s = Study.create(file, FormLoader.loadBundled(FormLoader.DEFAULT_FORM),
                List.of(new LocalAuthority("W06000015", "Cardiff")), "2468".toCharArray())) {
            long session = s.startSession("W06000015", "RJ").id();
            UUID leader = s.createParticipant(session, "en").id();
            s.saveAnswer(leader, "consent", "OK", "en");
            s.saveAnswer(leader, "role", "director", "en");
            s.saveAnswer(leader, "nr1", "4", "en");
            s.saveAnswer(leader, "comments", "=HYPERLINK(\"http://x\")", "en");
            s.markComplete(leader);
            UUID worker = s.createParticipant(session, "cy").id();
            s.saveAnswer(worker, "role", "social_worker", "cy");
        }
        return file;
    }

    @Test
    void exportsTheLongCsv() throws Exception {
        Path file = study();
        Path csv = dir.resolve("responses.csv");
        CliRun run = CliRun.of("export", "--study", file.toString(), "--csv", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote 5 answers to " + csv);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFparticipant_id,la_code,item,value,la_name,answered_at,language\r\n")
                .contains(",W06000015,role,director,Cardiff,").contains(",nr1,4,")
                .contains(",comments,\"'=HYPERLINK(\"\"http://x\"\")\",");
        CliRun completed = CliRun.of("export", "--study", file.toString(), "--csv", csv.toString(),
                "--completed-only", "--force");
        assertThat(completed.out()).contains("Wrote 4 answers");
    }

    @Test
    void exportsTheWorkbookWhileTheStudyIsOpenInTheApp() throws Exception {
        Path file = study();
        Path xlsx = dir.resolve("study.xlsx");
        try (Study open = Study.open(file)) {
            assertThat(open.progress()).contains(new ProgressRow("W06000015", "Cardiff", "leader", 1, 1),
                    new ProgressRow("W06000015", "Cardiff", "worker", 1, 0));
            CliRun run = CliRun.of("export", "--study", file.toString(), "--xlsx", xlsx.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("Wrote 2 participants to " + xlsx);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            Sheet codebook = wb.getSheet("Codebook");
            assertThat(codebook.getLastRowNum()).isGreaterThan(30);
            assertThat(wb.getSheet("Responses").getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void badInputExitsWithTwoAndLeavesTheFileAlone() throws Exception {
        Path notStudy = dir.resolve("notes.concord");
        Files.writeString(notStudy, "hello");
        CliRun run = CliRun.of("export", "--study", notStudy.toString(), "--csv", dir.resolve("o.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(notStudy + ": is not a Concord study").doesNotContain("Exception");
        assertThat(Files.readString(notStudy)).isEqualTo("hello");
        assertThat(dir.resolve("o.csv")).doesNotExist();

        Path file = study();
        CliRun noFolder = CliRun.of("export", "--study", file.toString(), "--csv",
                dir.resolve("missing/o.csv").toString());
        assertThat(noFolder.exitCode()).isEqualTo(2);
        assertThat(noFolder.err()).contains("does not exist");

        CliRun both = CliRun.of("export", "--study", file.toString(), "--csv", "a.csv", "--xlsx", "b.xlsx");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }
}
