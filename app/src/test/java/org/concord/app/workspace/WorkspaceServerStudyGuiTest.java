package org.concord.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.app.workspace.WorkspaceGuiSupport.shoot;
import static org.concord.app.workspace.WorkspaceGuiSupport.waitFor;

import java.awt.Dimension;
import java.nio.file.Path;
import javax.swing.JSpinner;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.concord.app.base.Appearance;
import org.concord.app.base.GuiWait;
import org.concord.app.base.Language;
import org.concord.app.base.Messages;
import org.concord.app.base.Theme;
import org.concord.server.PgCluster;
import org.concord.server.ServerStatus;
import org.concord.server.ServerSync;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.report.JsonResultWriter;
import org.concord.study.Study;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst workspace with a study on a real private PostgreSQL server as its input ("Add server study..."): the
 * result equals the one from the same data in the study file, apart from the description of the inputs.
 */
class WorkspaceServerStudyGuiTest {
    private final Language language = new Language(Messages.ENGLISH);
    @TempDir
    Path dir;

    private Robot robot;
    private FrameFixture window;
    private WorkspaceFrame frame;

    @BeforeEach
    void open() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        frame = GuiActionRunner.execute(() -> {
            Appearance.apply(Theme.LIGHT, 1f);
            language.set(Messages.ENGLISH);
            return new WorkspaceFrame(language);
        });
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1400, 950));
        GuiActionRunner.execute(() -> frame.setBounds(0, 0, 1400, 950));
    }

    @AfterEach
    void close() {
        window.cleanUp();
        GuiActionRunner.execute(() -> Appearance.apply(Theme.LIGHT, 1f));
    }

    private void choose(String button, Path file) {
        window.button(button).click();
        JFileChooserFixture chooser = window.fileChooser();
        chooser.setCurrentDirectory(file.getParent().toFile());
        chooser.selectFile(file.toFile());
        chooser.approve();
    }

    private void set(String spinner, Object value) {
        JSpinner target = window.spinner(spinner).target();
        GuiActionRunner.execute(() -> target.setValue(value));
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
        dialog.button("serverStudy.list").click();
        GuiWait.until("the refusal", () -> dialog.textBox("serverStudy.message").target().getText(),
                text -> text.contains("refused user analyst1"), 60_000);
        System.out.println("wrong password: " + dialog.textBox("serverStudy.message").text());
        dialog.button("serverStudy.add").requireDisabled();
        GuiActionRunner.execute(() -> dialog.textBox("serverStudy.password").target().setText(PgCluster.PASSWORD));
        dialog.button("serverStudy.list").click();
        waitFor("the studies listed", 60, () -> dialog.button("serverStudy.add").target().isEnabled());
        ServerStatus.StudyStatus listed = GuiActionRunner.execute(() -> (ServerStatus.StudyStatus)
                dialog.comboBox("serverStudy.study").target().getSelectedItem());
        assertThat(listed.studyId()).as("study chosen in the list").isEqualTo(studyId);
        shoot("workspace-server-study-en-light-100", GuiActionRunner.execute(() -> dialog.target().getBounds()));
        dialog.button("serverStudy.add").click();
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
            language.set(Messages.WELSH);
        });
        window.button("addServerStudy").click();
        DialogFixture dialog = WindowFinder.findDialog("serverStudy").withTimeout(30_000).using(robot);
        assertThat(dialog.textBox("serverStudy.address").text()).as("address kept from the last choice").isEqualTo(url);
        GuiActionRunner.execute(() -> dialog.textBox("serverStudy.password").target().setText(PgCluster.PASSWORD));
        dialog.button("serverStudy.list").click();
        waitFor("the studies listed", 60, () -> dialog.button("serverStudy.add").target().isEnabled());
        shoot("workspace-server-study-cy-dark-200", GuiActionRunner.execute(() -> dialog.target().getBounds()));
        dialog.button("serverStudy.cancel").click();
    }
}
