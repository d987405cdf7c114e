package org.concord.app.ui;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.concord.app.base.Appearance;
import org.concord.app.base.Messages;
import org.concord.app.base.Texts;
import org.concord.app.base.Theme;
import org.concord.app.base.action.ActionId;
import org.concord.app.base.action.Actions;
import org.concord.app.base.dialog.PinDialog;
import org.concord.app.base.dialog.ProblemsDialog;
import org.concord.app.base.jobs.BackgroundJobs;
import org.concord.app.ui.researcher.ResearcherController;
import org.concord.app.base.settings.Settings;
import org.concord.app.base.settings.SettingsStore;
import org.concord.app.ui.start.CreateStudyController;
import org.concord.app.ui.start.StartPanel;
import org.concord.study.Study;

/**
 * The researcher app: owns the window, the open study and the display settings, binds the app-wide actions and moves
 * between the start screen, the "new study" screen and the researcher view. Runs on the event thread.
 */
public final class AppController {
    private final Actions actions = new Actions();
    private final SettingsStore settingsStore;
    private Settings settings;
    private final MainFrame frame;
    private Study study;
    private Path studyFile;
    private ResearcherController researcher;
    private File lastFolder;

    /** The app with {@code settings} already applied by the launcher, saved to {@code settingsStore} on change. */
    public AppController(SettingsStore settingsStore, Settings settings) {
        this.settingsStore = settingsStore;
        this.settings = settings;
        actions.on(ActionId.NEW_STUDY, this::newStudy)
                .on(ActionId.OPEN_STUDY, this::openStudy)
                .on(ActionId.CLOSE_STUDY, this::closeStudy)
                .on(ActionId.OPEN_WORKSPACE, () -> org.concord.app.workspace.WorkspaceFrame.open())
                .on(ActionId.QUIT, this::quit)
                .on(ActionId.THEME_LIGHT, () -> changeAppearance(settings().withTheme(Theme.LIGHT)))
                .on(ActionId.THEME_DARK, () -> changeAppearance(settings().withTheme(Theme.DARK)))
                .on(ActionId.FONT_BIGGER, () -> changeAppearance(settings().withFontScale(step(+1))))
                .on(ActionId.FONT_SMALLER, () -> changeAppearance(settings().withFontScale(step(-1))))
                .on(ActionId.FONT_RESET, () -> changeAppearance(settings().withFontScale(1f)))
                .on(ActionId.LANGUAGE_ENGLISH, () -> changeLanguage(Messages.ENGLISH))
                .on(ActionId.LANGUAGE_WELSH, () -> changeLanguage(Messages.WELSH));
        frame = new MainFrame(actions);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                quit();
            }
        });
        BackgroundJobs.onBusyChanged(frame::setBusy);
        actions.setEnabled(ActionId.CLOSE_STUDY, false);
        frame.showAppearance(settings.theme(), settings.fontScale(), isWelsh());
        showStart();
    }

    /** The window. */
    public MainFrame frame() {
        return frame;
    }

    /** The current display settings. */
    public Settings settings() {
        return settings;
    }

    /** The open study, or null. */
    public Study study() {
        return study;
    }

    private boolean isWelsh() {
        return Messages.WELSH.getLanguage().equals(Texts.locale().getLanguage());
    }

    /** The next font scale up or down: 25% steps, clamped to what {@link Appearance} offers. */
    private float step(int direction) {
        float next = Math.round(settings.fontScale() * 4 + direction) / 4f;
        return Math.max(Appearance.MIN_SCALE, Math.min(Appearance.MAX_SCALE, next));
    }

    /** Applies and remembers new display settings. */
    public void changeAppearance(Settings changed) {
        settings = changed;
        Appearance.apply(changed.theme(), changed.fontScale());
        frame.showAppearance(changed.theme(), Appearance.fontScale(), isWelsh());
        saveSettings();
    }

    /** Switches the researcher screens to {@code language} and remembers it. */
    public void changeLanguage(Locale language) {
        Texts.setLocale(language);
        settings = settings.withLanguage(Texts.locale());
        actions.relabel();
        Texts.relabel(frame.getRootPane());
        if (researcher != null) {
            researcher.languageChanged();
        }
        frame.showAppearance(settings.theme(), settings.fontScale(), isWelsh());
        saveSettings();
    }

    private void saveSettings() {
        Settings toSave = settings;
        BackgroundJobs.run(() -> {
            settingsStore.save(toSave);
            return toSave;
        }, saved -> { }, failure -> frame.setStatus(Texts.get("settings.notSaved", failure.getMessage())));
    }

    private void showStart() {
        researcher = null;
        frame.showScreen(new StartPanel(actions));
    }

    private void newStudy() {
        if (study != null) {
            closeStudy(this::newStudy);
            return;
        }
        CreateStudyController create = new CreateStudyController(frame, actions, this::opened, this::showStart);
        frame.showScreen(create.panel());
    }

    private void openStudy() {
        JFileChooser chooser = new JFileChooser(lastFolder);
        chooser.setName("fileChooser");
        chooser.setDialogTitle(Texts.get("open.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(Texts.get("app.studyFilter"), "concord"));
        if (chooser.showOpenDialog(frame) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        lastFolder = chooser.getSelectedFile().getParentFile();
        open(chooser.getSelectedFile().toPath());
    }

    /** Opens the study at {@code file} in the background, asks for the PIN, then shows the researcher view. */
    public void open(Path file) {
        if (study != null) {
            closeStudy(() -> open(file));
            return;
        }
        BackgroundJobs.run(() -> Study.open(file), opened -> askPin(opened, file), failure -> ProblemsDialog.show(frame,
                Texts.get("open.failed", String.valueOf(file.getFileName())), CreateStudyController.lines(failure)));
    }

    private void askPin(Study opened, Path file) {
        askPin(opened, file, Texts.get("pin.open", String.valueOf(file.getFileName())));
    }

    private void askPin(Study opened, Path file, String message) {
        char[] pin = PinDialog.ask(frame, message);
        if (pin == null) {
            BackgroundJobs.run(() -> {
                opened.close();
                return opened;
            }, closed -> frame.setStatus(Texts.get("open.cancelled")), this::failed);
            return;
        }
        BackgroundJobs.run(() -> {
            try {
                return opened.checkPin(pin);
            } finally {
                Arrays.fill(pin, '\0');
            }
        }, ok -> {
            if (ok) {
                study = opened;
                studyFile = file;
                showResearcher(true);
            } else {
                askPin(opened, file, Texts.get("pin.wrong"));
            }
        }, this::failed);
    }

    /** A study was just created: it is open, and the researcher set the PIN a moment ago. */
    private void opened(Study created, Path file) {
        study = created;
        studyFile = file;
        showResearcher(false);
    }

    private void showResearcher(boolean offerResume) {
        actions.setEnabled(ActionId.CLOSE_STUDY, true);
        researcher = new ResearcherController(frame, actions, study, studyFile);
        frame.showScreen(researcher.panel());
        frame.setTitle(Texts.get("app.title") + " \u2013 " + studyFile.getFileName());
        researcher.load(offerResume);
    }

    private void closeStudy() {
        closeStudy(() -> { });
    }

    private void closeStudy(Runnable then) {
        Study closing = study;
        if (closing == null) {
            then.run();
            return;
        }
        study = null;
        studyFile = null;
        actions.setEnabled(ActionId.CLOSE_STUDY, false);
        showStart();
        frame.setTitle(Texts.get("app.title"));
        BackgroundJobs.run(() -> {
            closing.close();
            return closing;
        }, closed -> then.run(), this::failed);
    }

    private void quit() {
        // A running session stays open in the study file: it is offered again when the study is next opened.
        closeStudy(() -> {
            frame.dispose();
            System.exit(0);
        });
    }

    private void failed(Throwable failure) {
        ProblemsDialog.show(frame, Texts.get("researcher.failed"), CreateStudyController.lines(failure));
    }

    /** For tests: the actions, to check which are enabled. */
    Actions actions() {
        return actions;
    }

}
