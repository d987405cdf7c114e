package org.concord.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.app.workspace.WorkspaceGuiSupport.shoot;
import static org.concord.app.workspace.WorkspaceGuiSupport.waitFor;

import java.awt.Dimension;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JTable;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.concord.app.base.Appearance;
import org.concord.app.base.GuiWait;
import org.concord.app.base.Messages;
import org.concord.app.base.Texts;
import org.concord.app.base.Theme;
import org.concord.server.PgCluster;
import org.concord.server.ServerStatus;
import org.concord.server.ServerSync;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.LaResult;
import org.concord.stats.report.JsonResultWriter;
import org.concord.study.Study;
import org.junit.jupiter.api.Test;

/**
 * Drives the analyst workspace as a user would under Xvfb: choose the demo data through the file choosers, run,
 * cancel a run, run again, check the LA table, save the workbook and the JSON and read both back; and with a study on
 * a real private PostgreSQL server as its input ("Add server study..."), whose result equals the one from the same
 * data in the study file, apart from the description of the inputs.
 */
class WorkspaceAnalysisGuiTest extends WorkspaceWindowSupport {
    private final Texts texts = new Texts("workspace", shared);

    /** Not packed: the inputs column is taller than a laptop screen and scrolls. */
    @Override
    Dimension size() {
        return new Dimension(1400, 950);
    }

    private void choose(String button, Path file) {
        window.button(button).click();
        JFileChooserFixture chooser = window.fileChooser();
        chooser.setCurrentDirectory(file.getParent().toFile());
        chooser.selectFile(file.toFile());
        GuiWait.press(chooser.approveButton().target()); // a dialog's button: see GuiWait.press
    }

    private void save(String button, Path file) {
        window.button(button).click();
        JFileChooserFixture chooser = window.fileChooser();
        chooser.setCurrentDirectory(file.getParent().toFile());
        chooser.fileNameTextBox().setText(file.getFileName().toString());
        GuiWait.press(chooser.approveButton().target()); // a dialog's button: see GuiWait.press
    }

    private boolean idle() {
        return window.button("run").target().isEnabled();
    }

    @Test
    void runCancelRunAgainThenSaveAWorkbookThatReadsBackWithTheFiguresOfTheJson() throws Exception {
        DemoData demo = DemoData.write(dir, false);
        choose("addFiles", demo.responses);
        choose("chooseRates", demo.rates);
        waitFor("the rate columns are listed", 30, () -> window.comboBox("rateColumn").target().getItemCount() > 0);
        window.comboBox("rateColumn").requireSelection("rate");
        set("permutations", 999);
        // A bootstrap of ten million resamples runs for seconds: long enough to cancel it in the comparison stage.
        set("bootstrap", 10_000_000);

        window.button("run").click();
        waitFor("the comparison stage", 60, () -> window.label("stage").target().getText()
                .equals(texts.get("stage.comparison")));
        // The window stays responsive while it runs: the filter field takes typing and Cancel is enabled.
        window.button("cancel").requireEnabled();
        window.button("run").requireDisabled();
        window.button("cancel").click();
        waitFor("the run has stopped", 30, this::idle);
        window.label("stage").requireText(texts.get("stage.cancelled"));
        assertThat(frame.analysis().results().result()).isNull();
        window.label("hint").requireVisible();

        set("bootstrap", 199);
        window.button("run").click();
        waitFor("the result", 90, () -> idle() && frame.analysis().results().result() != null);
        window.label("stage").requireText(texts.get("stage.done"));
        AnalysisResult result = GuiActionRunner.execute(() -> frame.analysis().results().result());
        assertThat(window.textBox("headline").text()).startsWith("Agreement was ");

        JTable table = window.table("laTable").target();
        assertThat(window.table("laTable").rowCount()).isEqualTo(12);
        assertThat(result.las()).hasSize(12);
        long excluded = result.las().stream().filter(la -> !la.included()).count();
        // Every excluded LA shows its reason in the table.
        for (int row = 0; row < 12; row++) {
            int r = row;
            String code = GuiActionRunner.execute(() -> (String) table.getValueAt(r, 0));
            LaResult la = result.las().stream().filter(l -> l.laCode().equals(code)).findFirst().orElseThrow();
            String reason = GuiActionRunner.execute(() -> (String) table.getValueAt(r, 8));
            assertThat(reason).isEqualTo(la.excludedReason() == null ? "" : la.excludedReason());
        }
        window.comboBox("show").selectItem(texts.get("result.show.excluded"));
        assertThat(window.table("laTable").rowCount()).isEqualTo((int) excluded);
        window.comboBox("show").selectItem(texts.get("result.show.all"));
        window.textBox("filter").setText(texts.get("trend.falling"));
        long falling = result.las().stream().filter(la -> "falling".equals(la.trend())).count();
        assertThat(window.table("laTable").rowCount()).isEqualTo((int) falling);
        window.textBox("filter").setText("");
        // Sorting by the index column puts the smallest first (undefined values last or first, never in between).
        // A lost click on the header leaves the table unsorted, so it is repeated only while no column is sorted.
        GuiWait.clickUntil("the table sorted by the index", () -> {
            if (!GuiActionRunner.execute(() -> primarySort(table)).startsWith("6 ")) {
                window.table("laTable").tableHeader().clickColumn(6);
            }
        }, () -> primarySort(table), "6 ASCENDING"::equals);
        Double first = GuiActionRunner.execute(() -> (Double) table.getValueAt(0, 6));
        double min = result.las().stream().map(la -> la.index("person_mad")).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).min().orElseThrow();
        if (first != null) {
            assertThat(first).as("first row after sorting by the index").isEqualTo(min);
        }

        Path workbook = dir.resolve("report.xlsx");
        Path json = dir.resolve("result.json");
        save("saveWorkbook", workbook);
        // Generous waits: the first workbook of a JVM loads POI, slow on a loaded build machine.
        waitFor("the workbook is saved", 90, () -> !window.label("saved").target().getText().isBlank());
        window.label("saved").requireText("Saved " + workbook);
        save("saveJson", json);
        waitFor("the JSON is saved", 90, () -> window.label("saved").target().getText().contains("result.json"));
        window.label("saved").requireText("Saved " + json);
        assertWorkbookHasTheFiguresOfTheJson(workbook, Files.readString(json, StandardCharsets.UTF_8));
    }

    /** The LAs sheet's person_mad and % a year, and the Comparison sheet's difference, equal the JSON's numbers. */
    private static void assertWorkbookHasTheFiguresOfTheJson(Path workbook, String json) throws Exception {
        Map<String, String> objects = new HashMap<>();
        Matcher m = Pattern.compile("\\{[^{}]*\"la_code\": ?\"([^\"]+)\"[^{}]*\\}").matcher(json);
        while (m.find()) {
            objects.put(m.group(1), m.group());
        }
        assertThat(objects).hasSize(12);
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet las = book.getSheet("LAs");
            int checked = 0;
            for (Row row : las) {
                if (row.getRowNum() == 0) {
                    assertThat(row.getCell(9).getStringCellValue()).isEqualTo("person_mad");
                    continue;
                }
                String code = row.getCell(0).getStringCellValue();
                String object = objects.get(code);
                assertThat(object).as(code).isNotNull();
                assertThat(cell(row, 9)).as(code + " person_mad").isEqualTo(number(object, "person_mad"));
                assertThat(cell(row, 6)).as(code + " pct_per_year").isEqualTo(number(object, "pct_per_year"));
                assertThat(cell(row, 2)).as(code + " n_leaders").isEqualTo(number(object, "n_leaders"));
                checked++;
            }
            assertThat(checked).isEqualTo(12);
            Sheet comparison = book.getSheet("Comparison");
            Double difference = null;
            for (Row row : comparison) {
                if (row.getCell(0) != null && "Difference".equals(row.getCell(0).getStringCellValue())) {
                    difference = row.getCell(1).getNumericCellValue();
                }
            }
            String comparisonJson = json.substring(json.indexOf("\"comparison\""));
            assertThat(difference).isNotNull().isEqualTo(number(comparisonJson, "difference"));
        }
    }

    private static Double cell(Row row, int column) {
        var c = row.getCell(column);
        return c == null || c.getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC ? null
                : c.getNumericCellValue();
    }

    private static Double number(String object, String field) {
        Matcher m = Pattern.compile("\"" + field + "\": ?(null|[-0-9.eE]+)").matcher(object);
        assertThat(m.find()).as(field).isTrue();
        return "null".equals(m.group(1)) ? null : Double.valueOf(m.group(1));
    }

    /** The table's first sort key as "column ORDER", or "none". */
    private static String primarySort(JTable table) {
        var keys = table.getRowSorter().getSortKeys();
        return keys.isEmpty() ? "none" : keys.get(0).getColumn() + " " + keys.get(0).getSortOrder();
    }

    private AnalysisResult run(AnalysisResult previous) {
        window.button("run").click();
        waitFor("a new result", 180, () -> window.button("run").target().isEnabled()
                && frame.analysis().results().result() != null && frame.analysis().results().result() != previous);
        return GuiActionRunner.execute(() -> frame.analysis().results().result());
    }

    /** The JSON without the description of the inputs (a file here, a server study there). */
    private static String withoutInputs(AnalysisResult result) {
        return JsonResultWriter.toJson(result).replaceAll("\"inputs\": \\[[^\\]]*\\]", "\"inputs\": []");
    }

    @Test
    void aServerStudyAddedToTheInputsGivesTheResultOfTheSameDataInAFile() throws Exception {
        DemoData demo = DemoData.write(dir, true);
        PgCluster cluster = PgCluster.shared();
        String db = cluster.concordDatabase("workspace");
        String studyId;
        try (Study study = Study.open(demo.study)) {
            studyId = ServerSync.sync(study, cluster.connection(db, "field1"), "laptop-a", ServerSync.DEFAULT_BATCH,
                    false, (done, total, rows) -> { }).studyId();
        }
        choose("addFiles", demo.study);
        choose("chooseRates", demo.rates);
        waitFor("the rate columns are listed", 30, () -> window.comboBox("rateColumn").target().getItemCount() > 0);
        set("permutations", 999);
        set("bootstrap", 199);
        AnalysisResult fromFile = run(null);

        // The file out, the server study in: listed from the server as the analyst, with a password typed once.
        GuiActionRunner.execute(() -> window.list("files").target().setSelectedIndex(0));
        window.button("removeFiles").click();
        waitFor("no files", 30, () -> window.list("files").target().getModel().getSize() == 0);
        window.button("addServerStudy").click();
        DialogFixture dialog = WindowFinder.findDialog("serverStudy").withTimeout(30_000).using(robot);
        String url = cluster.url(db, "analyst1");
        GuiActionRunner.execute(() -> {
            dialog.textBox("serverStudy.address").target().setText(url);
            dialog.textBox("serverStudy.password").target().setText("wrong-password");
        });
        GuiWait.press(dialog.button("serverStudy.list").target());
        GuiWait.until("the refusal", () -> dialog.textBox("serverStudy.message").target().getText(),
                text -> text.contains("refused user analyst1"), 180_000);
        System.out.println("wrong password: " + dialog.textBox("serverStudy.message").text());
        dialog.button("serverStudy.add").requireDisabled();
        GuiActionRunner.execute(() -> dialog.textBox("serverStudy.password").target().setText(PgCluster.PASSWORD));
        GuiWait.press(dialog.button("serverStudy.list").target());
        waitFor("the studies listed", 180, () -> dialog.button("serverStudy.add").target().isEnabled());
        ServerStatus.StudyStatus listed = GuiActionRunner.execute(() -> (ServerStatus.StudyStatus)
                dialog.comboBox("serverStudy.study").target().getSelectedItem());
        assertThat(listed.studyId()).as("study chosen in the list").isEqualTo(studyId);
        shoot("workspace-server-study-en-light-100", GuiActionRunner.execute(() -> dialog.target().getBounds()));
        GuiWait.press(dialog.button("serverStudy.add").target());
        waitFor("the server study shown", 30, () -> window.textBox("serverStudy.chosen").target().getText()
                .contains(studyId));
        assertThat(window.textBox("serverStudy.chosen").text()).as("inputs").contains(url)
                .doesNotContain(PgCluster.PASSWORD);

        AnalysisResult fromServer = run(fromFile);
        String file = withoutInputs(fromFile);
        String server = withoutInputs(fromServer);
        System.out.println("result JSON from the file: " + file.length() + " chars; from the server: "
                + server.length() + " chars; " + fromServer.las().size() + " LAs");
        assertThat(JsonResultWriter.toJson(fromServer)).as("inputs of the server run").contains(studyId);
        assertThat(server).as("result from the server study, against the file's").isEqualTo(file);

        // Removed again: the next run has no inputs at all.
        window.button("removeServerStudy").click();
        waitFor("no server study", 30, () -> window.textBox("serverStudy.chosen").target().getText()
                .equals("No server study."));
        welshDarkScreenshot(url);
    }

    /** The dialog with the study listed, opened in Welsh, dark, at 200%. */
    private void welshDarkScreenshot(String url) throws Exception {
        GuiActionRunner.execute(() -> {
            Appearance.apply(Theme.DARK, 2f);
            shared.set(Messages.WELSH);
        });
        window.button("addServerStudy").click();
        DialogFixture dialog = WindowFinder.findDialog("serverStudy").withTimeout(30_000).using(robot);
        assertThat(dialog.textBox("serverStudy.address").text()).as("address kept from the last choice").isEqualTo(url);
        GuiActionRunner.execute(() -> dialog.textBox("serverStudy.password").target().setText(PgCluster.PASSWORD));
        GuiWait.press(dialog.button("serverStudy.list").target());
        waitFor("the studies listed", 180, () -> dialog.button("serverStudy.add").target().isEnabled());
        shoot("workspace-server-study-cy-dark-200", GuiActionRunner.execute(() -> dialog.target().getBounds()));
        GuiWait.press(dialog.button("serverStudy.cancel").target());
        GuiActionRunner.execute(() -> {
            Appearance.apply(Theme.LIGHT, 1f);
            shared.set(Messages.ENGLISH);
        });
    }
}
