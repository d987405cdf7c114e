package org.concord.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.app.ui.GuiTestSupport.assertNothingClipped;
import static org.concord.app.ui.GuiTestSupport.find;
import static org.concord.app.ui.GuiTestSupport.screenshot;
import static org.concord.app.ui.GuiTestSupport.waitUntil;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.accessibility.AccessibleContext;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.concord.app.base.Appearance;
import org.concord.app.base.GuiWait;
import org.concord.app.base.Messages;
import org.concord.app.base.ProblemList;
import org.concord.app.base.Theme;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.settings.Settings;
import org.concord.app.base.settings.SettingsStore;
import org.concord.app.ui.AppLauncher;
import org.concord.forms.FormLoader;
import org.concord.study.FieldworkSession;
import org.concord.study.LocalAuthority;
import org.concord.study.Participant;
import org.concord.study.Study;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every researcher screen in English and Welsh, light and dark, at 100% and 200% text size: a screenshot of each into
 * {@code target/screenshots/}, and checks that no text is clipped, that every control is reachable with Tab and that
 * every control has an accessible name and description.
 */
class ScreensGuiTest {
    private static final String PIN = "97531";

    @TempDir
    Path dir;

    private Robot robot;
    private FrameFixture window;
    private AppController app;
    private Path studyFile;
    private Path badForm;

    @BeforeEach
    void setUp() throws IOException {
        studyFile = dir.resolve("Cardiff visit.concord");
        badForm = Files.createDirectories(dir.resolve("bad-form"));
        Files.writeString(badForm.resolve("survey.csv"), "type,name,label,relevant\ntext,role,Role,\n"
                + "integer,years,Years in the job,${rolle} = 'x'\n");
        Files.writeString(badForm.resolve("choices.csv"), "list_name,name,label\n");
        Files.writeString(badForm.resolve("settings.csv"), "form_title,form_id\nBad,bad\n");
        try (Study study = Study.create(studyFile, FormLoader.loadBundled(FormLoader.DEFAULT_FORM),
                List.of(new LocalAuthority("W06000015", "Cardiff"), new LocalAuthority("W06000023", "Powys"),
                        new LocalAuthority("W06000011", "Swansea")), PIN.toCharArray())) {
            FieldworkSession session = study.startSession("W06000015", "RJ");
            Participant finished = study.createParticipant(session.id(), "cy");
            study.saveAnswer(finished.id(), "role", firstRole(study), "cy");
            study.markComplete(finished.id());
            Participant unfinished = study.createParticipant(session.id(), "en");
            study.saveAnswer(unfinished.id(), "role", firstRole(study), "en");
        }
        robot = BasicRobot.robotWithNewAwtHierarchy();
        SettingsStore store = new SettingsStore(dir.resolve("settings.properties"));
        app = GuiActionRunner.execute(() -> AppLauncher.open(store, Settings.DEFAULT));
        window = new FrameFixture(robot, app.frame());
        window.show(GuiTestSupport.WINDOW);
    }

    private static String firstRole(Study study) {
        return study.form().choicesOf(study.form().roleQuestion().orElseThrow()).orElseThrow()
                .choices().get(0).name();
    }

    @AfterEach
    void tearDown() {
        Study study = GuiActionRunner.execute(app::study);
        window.cleanUp();
        if (study != null) {
            study.close();
        }
        GuiActionRunner.execute(() -> {
            Appearance.apply(Theme.LIGHT, 1f);
        });
    }

    @Test
    void everyScreenInBothLanguagesBothThemesAndBothSizesIsReadableReachableAndNamed() {
        // Each language at 100% and 200%, each size in light and dark: every pair of the three choices is covered.
        List<Settings> variants = List.of(new Settings(Theme.LIGHT, 1f, Messages.ENGLISH),
                new Settings(Theme.DARK, 2f, Messages.ENGLISH), new Settings(Theme.LIGHT, 2f, Messages.WELSH),
                new Settings(Theme.DARK, 1f, Messages.WELSH));
        for (Settings variant : variants) {
            String name = variant.language().getLanguage() + "-" + variant.theme().name().toLowerCase(Locale.ROOT)
                    + "-" + Math.round(variant.fontScale() * 100);
            GuiActionRunner.execute(() -> {
                app.changeLanguage(variant.language());
                app.changeAppearance(variant);
            });
            assertThat(Appearance.fontScale()).isEqualTo(variant.fontScale());
            assertThat(Appearance.theme()).isEqualTo(variant.theme());
            checkScreens(name);
        }
    }

    private void checkScreens(String variant) {
        // Start screen.
        window.panel("startPanel").requireVisible();
        check(app.frame(), "start-" + variant);

        // New study, with the problems of an empty form choice and of the empty fields.
        GuiTestSupport.openScreen(window, "action.newStudy", "createStudyPanel");
        window.textBox("form.path").enterText(badForm.toString());
        // Choosing a selected radio button again changes nothing, so a lost click may be repeated.
        GuiWait.clickUntil("the other form chosen", () -> window.radioButton("form.other").click(),
                () -> window.radioButton("form.other").target().isSelected(), Boolean.TRUE::equals);
        // Create only checks and lists problems here (nothing is valid), so repeating a lost click is harmless.
        GuiWait.clickUntil("problems shown", () -> window.button("action.createStudy").click(),
                () -> find(robot, app.frame(), "create.problems", ProblemList.class).isShowing()
                        && find(robot, app.frame(), "form.problems", ProblemList.class).isShowing(), Boolean.TRUE::equals);
        assertThat(GuiActionRunner.execute(() -> find(robot, app.frame(), "form.problems", ProblemList.class).lines()))
                .anySatisfy(line -> assertThat(line).contains("survey.csv").contains("rolle"));
        check(app.frame(), "create-" + variant);
        GuiTestSupport.screenshotWhole(window.panel("createStudyPanel").target(), "create-" + variant);
        GuiTestSupport.openScreen(window, "action.cancelCreate", "startPanel");

        // Open the study: PIN, resume offer, researcher view.
        GuiActionRunner.execute(() -> app.open(studyFile));
        DialogFixture pin = WindowFinder.findDialog("pin").withTimeout(30_000).using(robot);
        check(pin.target(), "pin-" + variant);
        // (Typing the PIN is driven in FieldworkFlowGuiTest; here only the screens matter.)
        GuiActionRunner.execute(() -> {
            pin.textBox("pin.field").target().setText(PIN);
            pin.button("pin.ok").target().doClick();
        });
        DialogFixture resume = WindowFinder.findDialog("resumeDialog").withTimeout(30_000).using(robot);
        check(resume.target(), "resume-" + variant);
        // "Later" only closes the dialog. Pressed on the event thread like the PIN's OK above: this test is about the
        // screens, and a robot click can miss a large dialog that reaches past the edge of the screen at 250% text
        // (the resume dialog is driven by mouse and keyboard in FieldworkFlowGuiTest).
        GuiActionRunner.execute(() -> resume.button("resume.later").target().doClick());
        GuiWait.until("the resume dialog closed", () -> GuiActionRunner.execute(() -> resume.target().isShowing()),
                Boolean.FALSE::equals);
        waitUntil("progress shown", () -> window.table("progress.table").target().getRowCount() > 0);
        check(app.frame(), "researcher-" + variant);
        GuiTestSupport.screenshotWhole(window.panel("researcherPanel").target(), "researcher-" + variant);
        // (FieldworkFlowGuiTest closes with Ctrl+W; here only the screens matter.)
        GuiActionRunner.execute(() -> app.actions().get(ActionModel.CLOSE_STUDY).actionPerformed(null));
        waitUntil("study closed", () -> app.study() == null);
    }

    private void check(Window target, String name) {
        robot.waitForIdle();
        screenshot(target, name);
        assertNothingClipped(target, name);
        assertThat(unreachable(target)).as("controls Tab cannot reach on %s", name).isEmpty();
        assertThat(unnamed(target)).as("controls without accessible name or description on %s", name).isEmpty();
    }

    /** Enabled, showing controls that the window's focus cycle does not visit. */
    private static List<String> unreachable(Window target) {
        return GuiActionRunner.execute(() -> {
            Container root = target instanceof javax.swing.RootPaneContainer r ? r.getContentPane() : target;
            Container cycle = target;
            var policy = cycle.getFocusTraversalPolicy();
            Set<Component> visited = new LinkedHashSet<>();
            Component first = policy.getFirstComponent(cycle);
            for (Component c = first; c != null && visited.add(c); c = policy.getComponentAfter(cycle, c)) {
                // walk the whole cycle once
            }
            List<String> missing = new ArrayList<>();
            for (JComponent control : controls(root)) {
                if (!visited.contains(control) && !groupVisited(control, visited)) {
                    missing.add(describe(control));
                }
            }
            return missing;
        });
    }

    /** A radio button whose group Tab reaches: the arrow keys move between the buttons of a group. */
    private static boolean groupVisited(JComponent control, Set<Component> visited) {
        if (control instanceof AbstractButton button
                && button.getModel() instanceof javax.swing.DefaultButtonModel model && model.getGroup() != null) {
            for (var members = model.getGroup().getElements(); members.hasMoreElements(); ) {
                if (visited.contains(members.nextElement())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Controls lacking an accessible name, or (except plain text fields named by their label) a description. */
    private static List<String> unnamed(Window target) {
        return GuiActionRunner.execute(() -> {
            Container root = target instanceof javax.swing.RootPaneContainer r ? r.getContentPane() : target;
            List<String> missing = new ArrayList<>();
            for (JComponent control : controls(root)) {
                AccessibleContext context = control.getAccessibleContext();
                String name = context.getAccessibleName();
                String description = context.getAccessibleDescription();
                if (name == null || name.isBlank() || description == null || description.isBlank()) {
                    missing.add(describe(control) + " name=" + name + " description=" + description);
                }
            }
            return missing;
        });
    }

    private static List<JComponent> controls(Container root) {
        List<JComponent> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Component component, List<JComponent> out) {
        if (!component.isShowing()) {
            return;
        }
        if ((component instanceof AbstractButton || component instanceof JTextComponent
                || component instanceof JComboBox || component instanceof JTable || component instanceof JList)
                && component.isEnabled() && component.isFocusable()) {
            if (!(component.getParent() instanceof JComboBox)) {
                out.add((JComponent) component);
            }
            if (component instanceof JComboBox) {
                return;
            }
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, out);
            }
        }
    }

    private static String describe(Component control) {
        String text = control instanceof AbstractButton b ? b.getText() : "";
        return control.getClass().getSimpleName() + "[" + control.getName() + "] " + text;
    }
}
