package org.concord.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.forms.Form;
import org.concord.forms.FormSettings;
import org.concord.forms.FormSource;
import org.concord.forms.Language;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {
    @TempDir
    Path dir;

    static Form form(String version) throws Exception {
        String text = "a form, version " + version;
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        return new Form(new FormSettings("T", "t", version, null), List.of(new Language("en", "English")), List.of(),
                Map.of(), new FormSource(text, sha));
    }

    private UUID study(Path file, String version, String answer) throws Exception {
        try (Study s = Study.create(file, form(version), List.of(new LocalAuthority("E09000002", "Barking")),
                "2468".toCharArray())) {
            UUID p = s.createParticipant(s.startSession("E09000002", "RJ").id(), "en").id();
            s.saveAnswer(p, "v1", answer, "en");
            return p;
        }
    }

    @Test
    void mergesAndReportsConflicts() throws Exception {
        Path a = dir.resolve("a.concord");
        UUID p = study(a, "1", "3");
        Path b = dir.resolve("b.concord");
        Files.copy(a, b);
        try (Study s = Study.open(b)) {
            s.saveAnswer(p, "v1", "5", "en");
        }
        try (Study s = Study.open(a)) {
            s.saveAnswer(p, "v1", "1", "en");
        }
        Path c = dir.resolve("c.concord");
        study(c, "1", "2");
        Path out = dir.resolve("all.concord");
        CliRun run = CliRun.of("merge", "--out", out.toString(), a.toString(), b.toString(), c.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Merged 3 studies into " + out + ": 2 participants (1 in one file only,"
                + " 0 identical in several, 0 continued in a copy and joined, 1 conflicts).")
                .contains("item v1 revision 2: kept \"1\" from " + a + ", other \"5\" from " + b);
        assertThat(out).exists();
    }

    @Test
    void differentFormsNeedAllowFormVersions() throws Exception {
        Path a = dir.resolve("a.concord");
        study(a, "1", "3");
        Path b = dir.resolve("b.concord");
        study(b, "2", "4");
        Path out = dir.resolve("all.concord");
        CliRun refused = CliRun.of("merge", "--out", out.toString(), a.toString(), b.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains(a + ": was collected with form SHA-256")
                .contains("--allow-form-versions").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        CliRun allowed = CliRun.of("merge", "--allow-form-versions", "--out", out.toString(), a.toString(),
                b.toString());
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(allowed.out()).contains("2 participants");
    }

    @Test
    void aFileThatIsNotAStudyExitsWithTwoAndAClearMessage() throws Exception {
        Path a = dir.resolve("a.concord");
        study(a, "1", "3");
        Path csv = dir.resolve("responses.csv");
        Files.writeString(csv, "participant_id,la_code,item,value\n");
        CliRun run = CliRun.of("merge", "--out", dir.resolve("all.concord").toString(), a.toString(), csv.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(csv + ": is not a Concord study: it is not a SQLite database"
                + " (a .concord file made by Concord starts with 'SQLite format 3')");
        assertThat(Files.readString(csv)).isEqualTo("participant_id,la_code,item,value\n");
    }

    @Test
    void mergeNeedsAnOutputAndStudies() {
        CliRun run = CliRun.of("merge", "a.concord");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out");
    }
}
