package org.concord.app.ui;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Path;
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
        }, saved -> { }, failure -> frame.setStatus(texts.get("settings.notSaved", failure.getMessage())));
    }

    private void showStart() {
        researcher = null;
        frame.showScreen(new StartPanel(texts, actions));
    }

    private void newStudy() {
        if (study != null) {
            closeStudy(this::newStudy);
            return;
        }
        CreateStudyController create = new CreateStudyController(frame, texts, actions, this::opened, this::showStart);
        frame.showScreen(create.panel());
    }

    private void openStudy() {
        JFileChooser chooser = new JFileChooser(lastFolder);
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
                (pin, shown) -> BackgroundJobs.run(() -> {
                    try {
                        return opened.checkPin(pin);
                    } finally {
                        PinDialog.wipe(pin);
                    }
                }, ok -> {
                    if (ok) {
                        shown.accepted();
                        study = opened;
                        studyFile = file;
                        showResearcher(true);
                    } else {
                        shown.wrong();
                    }
                }, failure -> {
                    Logs.warning("the PIN of " + file + " could not be checked", failure);
                    shown.failed(CreateStudyController.lines(failure).get(0));
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
        showResearcher(false);
    }

    private void showResearcher(boolean offerResume) {
        actions.setEnabled(ActionModel.CLOSE_STUDY, true);
        researcher = new ResearcherController(frame, texts, actions, study, studyFile);
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
