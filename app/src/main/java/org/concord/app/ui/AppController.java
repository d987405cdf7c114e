package org.concord.app.ui;

import java.awt.Dialog;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.concord.app.base.Appearance;
import org.concord.app.base.Language;
import org.concord.app.base.Messages;
import org.concord.app.base.Texts;
import org.concord.app.base.Theme;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.action.Actions;
import org.concord.app.base.dialog.PinDialog;
import org.concord.app.base.dialog.ProblemsDialog;
import org.concord.app.base.jobs.BackgroundJobs;
import org.concord.app.base.settings.Settings;
import org.concord.app.base.settings.SettingsStore;
import org.concord.app.ui.researcher.IdleLock;
import org.concord.app.ui.researcher.LockPanel;
import org.concord.app.ui.researcher.ResearcherController;
import org.concord.app.ui.start.CreateStudyController;
import org.concord.app.ui.start.StartPanel;
import org.concord.app.workspace.WorkspaceFrame;
import org.concord.common.Logs;
import org.concord.study.Study;

/**
 * The researcher app: owns the window, the open study and the display settings, binds the app-wide actions and moves
 * between the start screen, the "new study" screen and the researcher view. Runs on the event thread.
 */
public final class AppController {
    private final Language language;
    private final Texts texts;
    private final Actions actions;
    private final Runnable onQuit;
    private final SettingsStore settingsStore;
    private Settings settings;
    private final MainFrame frame;
    private Study study;
    private Path studyFile;
    private ResearcherController researcher;
    private File lastFolder;
    private final IdleLock idleLock;
    private LockPanel lockPanel;
    private boolean onStart;

    /**
     * The app with {@code settings} already applied by the launcher (the theme and font) and saved to
     * {@code settingsStore} on change; {@code onQuit} runs once the researcher has quit and the window is gone.
     */
    public AppController(SettingsStore settingsStore, Settings settings, Runnable onQuit) {
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.onQuit = onQuit;
        language = new Language(settings.language());
        texts = new Texts("app", language);
        actions = new Actions(texts);
        actions.on(ActionModel.NEW_STUDY, this::newStudy)
                .on(ActionModel.OPEN_STUDY, this::openStudy)
                .on(ActionModel.CLOSE_STUDY, this::closeStudy)
                .on(ActionModel.OPEN_WORKSPACE, () -> WorkspaceFrame.open(language))
                .on(ActionModel.QUIT, this::quit)
                .on(ActionModel.THEME_LIGHT, () -> changeAppearance(settings().withTheme(Theme.LIGHT)))
                .on(ActionModel.THEME_DARK, () -> changeAppearance(settings().withTheme(Theme.DARK)))
                .on(ActionModel.FONT_BIGGER, () -> changeAppearance(settings().withFontScale(step(+1))))
                .on(ActionModel.FONT_SMALLER, () -> changeAppearance(settings().withFontScale(step(-1))))
                .on(ActionModel.FONT_RESET, () -> changeAppearance(settings().withFontScale(1f)))
                .on(ActionModel.LANGUAGE_ENGLISH, () -> changeLanguage(Messages.ENGLISH))
                .on(ActionModel.LANGUAGE_WELSH, () -> changeLanguage(Messages.WELSH));
        frame = new MainFrame(texts, actions);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                quit();
            }
        });
        BackgroundJobs.onBusyChanged(frame::setBusy);
        actions.setEnabled(ActionModel.CLOSE_STUDY, false);
        frame.showAppearance(settings.theme(), settings.fontScale(), isWelsh());
        // The researcher view locks itself after a time without use, also when the researcher comes back from the
        // kiosk; the time counts only while it shows.
        idleLock = new IdleLock(settings.idleLock(),
                () -> researcher != null && lockPanel == null && frame.isShowing(), this::lock);
        idleLock.start();
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
        return language.isWelsh();
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
        this.language.set(language);
        settings = settings.withLanguage(this.language.locale());
        actions.relabel();
        texts.relabel(frame.getRootPane());
        // The status line was written in the other language: it is stale now.
        frame.setStatus("");
        if (researcher != null) {
            researcher.languageChanged();
        }
        if (onStart) {
            // The recent studies' folder lines are made from data: make the start screen again.
            showStart();
        }
        frame.showAppearance(settings.theme(), settings.fontScale(), isWelsh());
        saveSettings();
    }

    private void saveSettings() {
        Settings toSave = settings;
        BackgroundJobs.run(() -> {
            settingsStore.save(toSave);
            return toSave;
        }, saved -> { }, failure -> frame.setStatus(texts.get("settings.notSaved", failure.getMessage())));
    }

    private void showStart() {
        researcher = null;
        lockPanel = null;
        onStart = true;
        frame.hideStatus(false);
        frame.showScreen(new StartPanel(texts, actions, settings.recent(), this::open));
    }

    /** Puts {@code file} first among the recent studies and remembers that. */
    private void remember(Path file) {
        settings = settings.withRecent(file);
        saveSettings();
    }

    /** Shows the lock screen in place of the researcher view: nothing of the study stays visible. */
    private void lock() {
        for (Window owned : frame.getOwnedWindows()) {
            if (owned.isShowing() && owned instanceof Dialog) {
                owned.dispose();
            }
        }
        frame.setStatus("");
        frame.hideStatus(true);
        frame.setTitle(texts.get("app.title"));
        lockPanel = new LockPanel(texts, this::unlock);
        frame.showScreen(lockPanel);
    }

    /** Asks for the PIN over the lock screen; the right PIN shows the researcher view again. */
    private void unlock() {
        Study locked = study;
        if (locked == null) {
            return;
        }
        PinDialog dialog = new PinDialog(frame, texts, "unlock", texts.get("unlock.prompt"), false,
                (pin, shown) -> checkPin(locked, studyFile, pin, shown, () -> {
                    if (study == locked && lockPanel != null) {
                        lockPanel = null;
                        frame.hideStatus(false);
                        frame.showScreen(researcher.panel());
                        frame.setTitle(texts.get("app.title") + " \u2013 " + studyFile.getFileName());
                        idleLock.touch();
                        researcher.load(false);
                    }
                }), () -> { });
        dialog.setVisible(true);
    }

    /** Checks {@code pin} for {@code checked} in the background (then wipes it); tells {@code shown} the outcome. */
    private void checkPin(Study checked, Path file, char[] pin, PinDialog shown, Runnable right) {
        BackgroundJobs.run(() -> {
            try {
                return checked.checkPin(pin);
            } finally {
                PinDialog.wipe(pin);
            }
        }, ok -> {
            if (ok) {
                shown.accepted();
                right.run();
            } else {
                shown.wrong();
            }
        }, failure -> {
            Logs.warning("the PIN of " + file + " could not be checked", failure);
            shown.failed(CreateStudyController.lines(failure).get(0));
        });
    }

    /** Changes the idle time before the researcher view locks to {@code minutes}, and remembers it. */
    private void changeIdleLock(int minutes) {
        changeIdleLock(Duration.ofMinutes(minutes));
    }

    /** Changes the idle time before the researcher view locks, and remembers it (tests set a few seconds). */
    void changeIdleLock(Duration idle) {
        settings = settings.withIdleLock(idle);
        idleLock.setIdle(idle);
        saveSettings();
    }

    private void newStudy() {
        if (study != null) {
            closeStudy(this::newStudy);
            return;
        }
        CreateStudyController create = new CreateStudyController(frame, texts, actions, this::opened, this::showStart);
        onStart = false;
        frame.showScreen(create.panel());
    }

    private void openStudy() {
        File folder = lastFolder;
        if (folder == null && !settings.recent().isEmpty()) {
            // Start where the last study was.
            folder = settings.recent().get(0).getParent().toFile();
        }
        JFileChooser chooser = new JFileChooser(folder);
        chooser.setName("fileChooser");
        chooser.setDialogTitle(texts.get("open.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(texts.get("app.studyFilter"), "concord"));
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
        BackgroundJobs.run(() -> Study.open(file), opened -> askPin(opened, file), failure -> ProblemsDialog.show(frame, texts,
                texts.get("open.failed", String.valueOf(file.getFileName())), CreateStudyController.lines(failure)));
    }

    private void askPin(Study opened, Path file) {
        askPin(opened, file, texts.get("pin.open", String.valueOf(file.getFileName())));
    }

    private void askPin(Study opened, Path file, String message) {
        PinDialog dialog = new PinDialog(frame, texts, "pin", message, false,
                (pin, shown) -> checkPin(opened, file, pin, shown, () -> {
                    study = opened;
                    studyFile = file;
                    remember(file);
                    showResearcher(true);
                }),
                () -> BackgroundJobs.run(() -> {
                    opened.close();
                    return opened;
                }, closed -> frame.setStatus(texts.get("open.cancelled")), this::failed));
        dialog.setVisible(true);
    }

    /** A study was just created: it is open, and the researcher set the PIN a moment ago. */
    private void opened(Study created, Path file) {
        study = created;
        studyFile = file;
        remember(file);
        showResearcher(false);
    }

    private void showResearcher(boolean offerResume) {
        actions.setEnabled(ActionModel.CLOSE_STUDY, true);
        researcher = new ResearcherController(frame, texts, actions, study, studyFile);
        researcher.panel().showIdleMinutes((int) Math.max(1, settings.idleLock().toMinutes()), this::changeIdleLock);
        onStart = false;
        lockPanel = null;
        frame.hideStatus(false);
        idleLock.touch();
        frame.showScreen(researcher.panel());
        frame.setTitle(texts.get("app.title") + " \u2013 " + studyFile.getFileName());
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
        actions.setEnabled(ActionModel.CLOSE_STUDY, false);
        // What the status line said was about the study just closed.
        frame.setStatus("");
        showStart();
        frame.setTitle(texts.get("app.title"));
        BackgroundJobs.run(() -> {
            closing.close();
            return closing;
        }, closed -> then.run(), this::failed);
    }

    private void quit() {
        // A running session stays open in the study file: it is offered again when the study is next opened.
        closeStudy(() -> {
            idleLock.stop();
            frame.dispose();
            // The one busy listener slot must not keep a closed window alive.
            BackgroundJobs.onBusyChanged(busy -> { });
            onQuit.run();
        });
    }

    private void failed(Throwable failure) {
        ProblemsDialog.show(frame, texts, texts.get("researcher.failed"), CreateStudyController.lines(failure));
    }

    /** For tests: the actions, to check which are enabled. */
    Actions actions() {
        return actions;
    }

}
