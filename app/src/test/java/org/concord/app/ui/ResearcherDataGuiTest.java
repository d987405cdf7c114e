package org.concord.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.app.ui.GuiTestSupport.waitUntil;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.concord.app.base.GuiWait;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.study.FieldworkSession;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The researcher view's export (CSV, workbook) and merge, driven through the real window and read back from disk. */
class ResearcherDataGuiTest {
    private static final String PIN = "8642";
    private static final List<LocalAuthority> LAS = List.of(new LocalAuthority("W06000015", "Cardiff"));

    @TempDir
    Path dir;

    private ResearcherGui gui;
    private Path laptopA;
    private Path laptopB;

    @BeforeEach
    void setUp() {
        Form form = FormLoader.loadBundled(FormLoader.DEFAULT_FORM);
        laptopA = dir.resolve("laptop-a.concord");
        laptopB = dir.resolve("laptop-b.concord");
        oneCompletedParticipant(Study.create(laptopA, form, LAS, PIN.toCharArray()), "AB");
        oneCompletedParticipant(Study.create(laptopB, form, LAS, PIN.toCharArray()), "CD");
        gui = ResearcherGuiSupport.launch(dir);
        // Typing the PIN and choosing files by keyboard are driven in FieldworkFlowGuiTest; here the dialogs are
        // answered directly, as Xvfb without a window manager does not always give a new dialog the focus.
        gui.open(laptopA, PIN);
        waitUntil("researcher view", () -> gui.app.study() != null
                && gui.window.table("progress.table").target().getRowCount() > 0);
    }

    private static void oneCompletedParticipant(Study study, String initials) {
        try (study) {
            ResearcherGuiSupport.completedSession(study, initials, List.of("=1+1"));
        }
    }

    @AfterEach
    void tearDown() {
        gui.close();
    }

    @Test
    void exportsTheLongCsvAndTheWorkbookChosenInTheWindow() throws Exception {
        gui.window.button("action.exportCsv").click();
        Path csv = dir.resolve("answers");
        gui.choose(csv);
        Path written = dir.resolve("answers.csv");
        waitUntil("CSV written", () -> Files.exists(written) && !gui.window.textBox("data.message").text().isBlank());
        String text = Files.readString(written, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFparticipant_id,la_code,item,value");
        assertThat(text.lines().filter(line -> line.contains(",role,"))).hasSize(1);
        assertThat(gui.window.textBox("data.message").text()).contains("answers.csv");

        gui.window.button("action.exportXlsx").click();
        Path xlsx = dir.resolve("study.xlsx");
        gui.choose(xlsx);
        waitUntil("workbook written", () -> Files.exists(xlsx)
                && gui.window.textBox("data.message").text().contains("study.xlsx"));
        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = WorkbookFactory.create(in)) {
            assertThat(workbook.getSheet("Responses").getPhysicalNumberOfRows()).isEqualTo(2);
            assertThat(workbook.getSheet("LAs").getRow(1).getCell(0).getStringCellValue()).isEqualTo("W06000015");
        }

        // A name that exists already is refused, and the file is left as it was.
        long size = Files.size(xlsx);
        gui.window.button("action.exportXlsx").click();
        gui.choose(xlsx);
        GuiWait.press(GuiTestSupport.dialog(gui.robot, "exists").button("exists.ok").target());
        assertThat(Files.size(xlsx)).isEqualTo(size);
    }

    @Test
    void mergesAnotherLaptopsStudyIntoANewFile() {
        gui.window.button("action.merge").click();
        gui.choose(laptopB);
        // Created separately, laptop B has a PIN record of its own: the researcher is told and asked first.
        GuiWait.press(GuiTestSupport.dialog(gui.robot, "mergeCheck").button("mergeCheck.yes").target());
        Path merged = dir.resolve("merged.concord");
        gui.choose(merged);
        GuiWait.press(GuiTestSupport.dialog(gui.robot, "mergeResult").button("mergeResult.ok").target());
        waitUntil("merged", () -> Files.exists(merged) && gui.window.textBox("data.message").text().contains("merged"));
        try (Study study = Study.openReadOnly(merged)) {
            assertThat(study.participantCounts()[0]).isEqualTo(2);
            assertThat(study.sessions()).extracting(FieldworkSession::researcherInitials)
                    .containsExactlyInAnyOrder("AB", "CD");
        }
    }
}
