package org.concord.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.app.ui.GuiTestSupport.waitUntil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JComponent;
import javax.swing.JOptionPane;
import javax.swing.JPasswordField;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.concord.app.base.Appearance;
import org.concord.app.base.GuiWait;
import org.concord.app.base.Messages;
import org.concord.app.base.Theme;
import org.concord.app.base.settings.Settings;
import org.concord.forms.FormLoader;
import org.concord.server.PgCluster;
import org.concord.server.ServerSync;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The researcher view's exports for SPSS and Stata (read back with GNU PSPP) and its "Send to server" dialog against a
 * real private PostgreSQL cluster, driven through the real window; with screenshots of the new dialog.
 */
class ResearcherStatsAndServerGuiTest {
    private static final String PIN = "8642";
    private static final int PARTICIPANTS = 3;

    @TempDir
    Path dir;

    private ResearcherGui gui;
    private Path studyFile;
    private String oldSettings;

    @BeforeEach
    void setUp() {
        studyFile = dir.resolve("cardiff-visit.concord");
        try (Study study = Study.create(studyFile, FormLoader.loadBundled(FormLoader.DEFAULT_FORM),
                List.of(new LocalAuthority("W06000015", "Cardiff")), PIN.toCharArray())) {
            addSession(study, "AB", PARTICIPANTS);
        }
        // A second laptop of the same study (same study UUID), for the server's progress over all laptops.
        try {
            Files.copy(studyFile, dir.resolve("laptop-2.concord"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The server address is remembered beside the settings: here, in the test's folder.
        oldSettings = System.setProperty("concord.settings", dir.resolve("settings.properties").toString());
        gui = ResearcherGuiSupport.launch(dir);
        gui.open(studyFile, PIN);
        waitUntil("researcher view", () -> gui.app.study() != null
                && gui.window.table("progress.table").target().getRowCount() > 0);
    }

    /** A session in Cardiff by {@code initials} of {@code n} completed participants of the first role. */
    private static void addSession(Study study, String initials, int n) {
        ResearcherGuiSupport.completedSession(study, initials, IntStream.rangeClosed(1, n)
                .mapToObj(Integer::toString).toList());
    }

    @AfterEach
    void tearDown() {
        gui.close();
        GuiActionRunner.execute(() -> Appearance.apply(Theme.LIGHT, 1f));
        if (oldSettings == null) {
            System.clearProperty("concord.settings");
        } else {
            System.setProperty("concord.settings", oldSettings);
        }
    }

    private void choose(Path file) {
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("fileChooser").withTimeout(30_000)
                .using(gui.robot);
        String suggested = GuiActionRunner.execute(() -> chooser.target().getSelectedFile().toString());
        assertThat(suggested).as("the name the save dialog suggests").startsWith(dir.toString())
                .contains("cardiff-visit.");
        GuiActionRunner.execute(() -> {
            chooser.target().setSelectedFile(file.toFile());
            chooser.target().approveSelection();
        });
    }

    @Test
    void theSpssExportIsReadBackByPsppAndTheStataExportHasItsHeader() throws Exception {
        gui.window.button("action.exportSav").click();
        Path sav = dir.resolve("for-spss.sav");
        choose(sav);
        waitUntil("SPSS file written", () -> Files.exists(sav)
                && gui.window.textBox("data.message").text().contains("for-spss.sav"));
        String message = gui.window.textBox("data.message").text();
        Matcher counts = Pattern.compile("Exported (\\d+) participants \u00d7 (\\d+) variables").matcher(message);
        assertThat(counts.find()).as("counts in the message '%s'", message).isTrue();
        assertThat(Integer.parseInt(counts.group(1))).as("participants in '%s'", message).isEqualTo(PARTICIPANTS);
        int variables = Integer.parseInt(counts.group(2));

        // GNU PSPP reads the file: its dictionary has as many variables as the message said, and LIST shows the rows.
        Path syntax = dir.resolve("read.sps");
        Files.writeString(syntax, "GET FILE='" + sav + "'.\nDISPLAY DICTIONARY.\nLIST.\n", StandardCharsets.UTF_8);
        Path csv = dir.resolve("pspp.csv");
        Process pspp = new ProcessBuilder("pspp", "-O", "format=csv", "-o", csv.toString(), syntax.toString())
                .redirectErrorStream(true).start();
        String psppOutput = new String(pspp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pspp.waitFor(120, TimeUnit.SECONDS)).as("pspp finished").isTrue();
        assertThat(pspp.exitValue()).as("pspp exit code; output: %s", psppOutput).isZero();
        String read = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(read).as("pspp's output").doesNotContainIgnoringCase("error");
        long dictionaryRows = read.lines().dropWhile(l -> !l.startsWith("Table: Variables"))
                .skip(2).takeWhile(l -> !l.isBlank()).count();
        assertThat(dictionaryRows).as("variables PSPP lists (output:%n%s)", read).isEqualTo(variables);
        long listRows = read.lines().dropWhile(l -> !l.startsWith("Table: Data List")).skip(2)
                .takeWhile(l -> !l.isBlank()).count();
        assertThat(listRows).as("rows PSPP lists (output:%n%s)", read).isEqualTo(PARTICIPANTS);

        gui.window.button("action.exportDta").click();
        Path dta = dir.resolve("for-stata.dta");
        choose(dta);
        waitUntil("Stata file written", () -> Files.exists(dta)
                && gui.window.textBox("data.message").text().contains("for-stata.dta"));
        byte[] head = new byte[48];
        try (var in = Files.newInputStream(dta)) {
            assertThat(in.readNBytes(head, 0, head.length)).isEqualTo(head.length);
        }
        assertThat(new String(head, StandardCharsets.ISO_8859_1)).as("the .dta header")
                .startsWith("<stata_dta><header><release>118</release>");
        // pandas reads it back: as many participants and variables as the message said.
        String dtaMessage = gui.window.textBox("data.message").text();
        Process pandas = new ProcessBuilder("/usr/bin/python3", "-c", "import pandas, sys;"
                + " d = pandas.read_stata(sys.argv[1]); print(d.shape[0], d.shape[1])", dta.toString())
                .redirectErrorStream(true).start();
        String shape = new String(pandas.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(pandas.waitFor(120, TimeUnit.SECONDS)).as("pandas finished").isTrue();
        assertThat(shape).as("rows and columns pandas read (message '%s')", dtaMessage)
                .isEqualTo(PARTICIPANTS + " " + variables);
    }

    @Test
    void sendToServerSendsEveryParticipantRemembersTheAddressAndSaysWhatIsLeft() throws Exception {
        PgCluster cluster = PgCluster.shared();
        String db = cluster.concordDatabase("gui");
        String url = cluster.url(db, "field1");
        waitUntil("the note of what is not sent", () -> gui.window.textBox("server.note").text()
                .contains("Not yet sent to a server: " + PARTICIPANTS + " participants"));

        // A wrong password: a clear message, nothing sent, and the study file keeps everything as not yet sent.
        DialogFixture dialog = openSendDialog();
        send(dialog, url, "wrong-password");
        waitUntil("refusal shown", () -> dialog.textBox("server.result").text().contains("refused user field1"));
        assertThat(serverParticipants(cluster, db)).as("participants on the server after a refused password")
                .isZero();

        send(dialog, url, PgCluster.PASSWORD);
        waitUntil("result shown", () -> dialog.textBox("server.result").text().startsWith("Sent "));
        String result = dialog.textBox("server.result").text();
        assertThat(result).as("result").contains("(" + PARTICIPANTS + " participants new or changed)")
                .contains("0 conflicts");
        assertThat(dialog.progressBar("server.progress").target().getValue()).as("progress at the end").isEqualTo(100);
        assertThat(serverParticipants(cluster, db)).as("participants on the server").isEqualTo(PARTICIPANTS);
        waitUntil("note says everything is sent", () -> gui.window.textBox("server.note").text()
                .startsWith("Everything is sent to "));

        // The address is remembered, the password nowhere.
        String remembered = Files.readString(dir.resolve("server.properties"), StandardCharsets.ISO_8859_1);
        assertThat(remembered).as("server.properties").contains("field1@127.0.0.1")
                .doesNotContain(PgCluster.PASSWORD);
        for (Path f : Files.list(dir).filter(Files::isRegularFile).toList()) {
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as("contents of %s", f)
                    .doesNotContain(PgCluster.PASSWORD);
        }
        GuiWait.press(dialog.button("server.close").target());
        waitUntil("dialog closed", () -> !dialog.target().isShowing());

        // Opened again: the address is filled in, the password is empty; a second send adds nothing.
        DialogFixture again = openSendDialog();
        assertThat(again.textBox("server.address").text()).as("remembered address").isEqualTo(url);
        assertThat(again.textBox("server.password").text()).as("password field").isEmpty();
        send(again, null, PgCluster.PASSWORD);
        waitUntil("nothing to send", () -> again.textBox("server.result").text().startsWith("Nothing to send"));
        assertThat(serverParticipants(cluster, db)).as("participants on the server after a second send")
                .isEqualTo(PARTICIPANTS);
        screenshots(again);
    }

    @Test
    void theServersProgressOverAllLaptopsShowsAfterASendAndOnRefreshAndSaysWhenTheServerIsAway() throws Exception {
        PgCluster cluster = PgCluster.shared();
        String db = cluster.concordDatabase("progress");
        String url = cluster.url(db, "field1");
        waitUntil("nothing read from the server yet", () -> gui.window.textBox("serverProgress.status").text()
                .startsWith("Not read from the server yet"));

        // After a send the panel shows the server's figures for the study: this laptop's participants.
        DialogFixture dialog = openSendDialog();
        send(dialog, url, PgCluster.PASSWORD);
        serverStatus("server progress after the send", text -> text.contains(": " + PARTICIPANTS + " participants ("
                + PARTICIPANTS + " completed) from 1 laptop;"));
        assertThat(gui.window.textBox("serverProgress.status").text()).as("status").startsWith(url + ":");
        assertThat(gui.window.table("serverProgress.laptops").target().getRowCount()).as("laptops").isEqualTo(1);
        assertThat(startedOnServer()).as("participants started, by the server's table").isEqualTo(PARTICIPANTS);
        GuiWait.press(dialog.button("server.close").target());
        waitUntil("dialog closed", () -> !dialog.target().isShowing());

        // A second laptop sends two more participants; Refresh from server asks for the password and shows both.
        try (Study other = Study.open(dir.resolve("laptop-2.concord"))) {
            addSession(other, "CD", 2);
            ServerSync.sync(other, cluster.connection(db, "field1"), "laptop-2", ServerSync.DEFAULT_BATCH, false,
                    (done, total, rows) -> { });
        }
        gui.window.button("serverProgress.refresh").click();
        DialogFixture ask = WindowFinder.findDialog("serverProgress.passwordDialog").withTimeout(180_000)
                .using(gui.robot);
        GuiTestSupport.activate(ask.target());
        GuiActionRunner.execute(() -> {
            GuiTestSupport.find(gui.robot, ask.target(), "serverProgress.password", JPasswordField.class)
                    .setText(PgCluster.PASSWORD);
            // As OK does (its text depends on the platform's language).
            gui.robot.finder().findByType(ask.target(), JOptionPane.class, false).setValue(JOptionPane.OK_OPTION);
        });
        int all = PARTICIPANTS + 2;
        serverStatus("both laptops on the server", text -> text.contains(": " + all + " participants (" + all
                + " completed) from 2 laptops;"));
        assertThat(gui.window.table("serverProgress.laptops").target().getRowCount()).as("laptops").isEqualTo(2);
        assertThat(startedOnServer()).as("participants started on the server, over all laptops").isEqualTo(all);
        assertThat(gui.window.table("progress.table").target().getValueAt(0, 3)).as("this laptop's own started")
                .isEqualTo(PARTICIPANTS);
        screenshotsOfTheView();

        // The server goes away (an address where nothing listens): a clear message and no stack trace.
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String away = "postgresql://field1@127.0.0.1:" + closed + "/" + db;
        Files.writeString(dir.resolve("server.properties"), "address=" + away + "\n", StandardCharsets.ISO_8859_1);
        gui.window.button("serverProgress.refresh").click();
        serverStatus("unreachable shown", text -> text.startsWith("The server " + away + " could not be reached"));
        String message = gui.window.textBox("serverProgress.status").text();
        assertThat(message).as("message for a server away").contains("could not connect")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(gui.window.table("serverProgress.laptops").target().getRowCount()).as("laptops when away").isZero();
    }

    /** Waits (up to 3 minutes: a send and a read take long at load 20) for the server's progress line. */
    private void serverStatus(String what, Predicate<String> ok) {
        GuiWait.until(what, () -> gui.window.textBox("serverProgress.status").text(), ok, 180_000);
    }

    private int startedOnServer() {
        return GuiActionRunner.execute(() -> {
            JTable table = gui.window.table("serverProgress.table").target();
            int sum = 0;
            for (int r = 0; r < table.getRowCount(); r++) {
                sum += (Integer) table.getValueAt(r, 3);
            }
            return sum;
        });
    }

    /** The researcher view with the server's progress, light and dark, 100% and 200%, English and Welsh. */
    private void screenshotsOfTheView() {
        List<Settings> variants = List.of(new Settings(Theme.LIGHT, 1f, Messages.ENGLISH),
                new Settings(Theme.DARK, 2f, Messages.WELSH));
        for (Settings variant : variants) {
            String name = apply(variant, "server-progress-");
            waitUntil("server progress in the chosen language", () -> gui.window.textBox("serverProgress.status").text()
                    .contains(variant.language().equals(Messages.WELSH) ? "cyfranogwr" : "participants"));
            gui.robot.waitForIdle();
            JComponent view = GuiTestSupport.find(gui.robot, gui.app.frame(), "researcherPanel", JComponent.class);
            assertThat(GuiTestSupport.screenshotWhole(view, name)).as("screenshot %s", name).exists();
        }
        apply(new Settings(Theme.LIGHT, 1f, Messages.ENGLISH), "");
    }

    /** Switches the app to {@code variant}; returns the screenshot name, {@code prefix} + language-theme-scale. */
    private String apply(Settings variant, String prefix) {
        GuiActionRunner.execute(() -> {
            gui.app.changeLanguage(variant.language());
            gui.app.changeAppearance(variant);
        });
        return prefix + variant.language().getLanguage() + "-" + variant.theme().name().toLowerCase(Locale.ROOT)
                + "-" + Math.round(variant.fontScale() * 100);
    }

    private DialogFixture openSendDialog() {
        gui.window.button("action.sendToServer").click();
        DialogFixture dialog = GuiTestSupport.dialog(gui.robot, "sendToServer");
        GuiTestSupport.activate(dialog.target());
        return dialog;
    }

    /** Fills in the address (unless null) and password and presses Send. */
    private static void send(DialogFixture dialog, String url, String password) {
        GuiActionRunner.execute(() -> {
            if (url != null) {
                dialog.textBox("server.address").target().setText(url);
            }
            dialog.textBox("server.password").target().setText(password);
        });
        waitUntil("send enabled", () -> dialog.button("server.send").target().isEnabled());
        GuiWait.press(dialog.button("server.send").target());
    }

    private static int serverParticipants(PgCluster cluster, String db) throws Exception {
        // The database is this test's own, so every participant in it came from the study sent.
        try (Connection c = cluster.admin(db);
             PreparedStatement st = c.prepareStatement("SELECT count(*) FROM concord.participant");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The dialog in light and dark, at 100% and 200%, in English and Welsh, into target/screenshots/. */
    private void screenshots(DialogFixture open) throws IOException {
        GuiWait.press(open.button("server.close").target());
        waitUntil("dialog closed", () -> !open.target().isShowing());
        List<Settings> variants = List.of(new Settings(Theme.LIGHT, 1f, Messages.ENGLISH),
                new Settings(Theme.DARK, 2f, Messages.ENGLISH), new Settings(Theme.LIGHT, 2f, Messages.WELSH),
                new Settings(Theme.DARK, 1f, Messages.WELSH));
        for (Settings variant : variants) {
            String name = apply(variant, "send-to-server-");
            waitUntil("note in the chosen language", () -> gui.window.textBox("server.note").text()
                    .startsWith(variant.language().equals(Messages.WELSH) ? "Mae popeth" : "Everything is sent"));
            DialogFixture dialog = openSendDialog();
            send(dialog, null, PgCluster.PASSWORD);
            waitUntil("result of " + name, () -> dialog.button("server.send").target().isEnabled()
                    && !dialog.textBox("server.result").text().isBlank());
            gui.robot.waitForIdle();
            Path shot = GuiTestSupport.screenshot(dialog.target(), name);
            assertThat(shot).as("screenshot %s", name).exists();
            GuiWait.press(dialog.button("server.close").target());
            waitUntil("dialog closed", () -> !dialog.target().isShowing());
        }
    }
}
