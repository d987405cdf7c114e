package org.concord.app.ui.start;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.concord.app.base.Host;
import org.concord.app.base.Texts;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.action.Actions;
import org.concord.app.base.jobs.BackgroundJobs;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;

/**
 * Runs the "new study" screen: loads and validates the chosen form, imports LA lists, checks the PIN and the file, and
 * creates the study in the background. The study and its file are handed to {@code onCreated} on the event thread.
 */
public final class CreateStudyController {

    private final Host frame;
    private final Texts texts;
    private final CreateStudyPanel panel;
    private final BiConsumer<Study, Path> onCreated;
    private File lastFolder;

    /** A controller for a new "new study" screen whose actions are bound into {@code actions}. */
    public CreateStudyController(Host frame, Texts texts, Actions actions, BiConsumer<Study, Path> onCreated,
                                 Runnable onCancel) {
        this.frame = frame;
        this.texts = texts;
        this.onCreated = onCreated;
        actions.on(ActionModel.CHOOSE_FORM, this::chooseFormFile)
                .on(ActionModel.CHOOSE_FORM_FOLDER, this::chooseFormFolder)
                .on(ActionModel.ADD_LA, () -> panel().addLaRow())
                .on(ActionModel.REMOVE_LA, () -> panel().removeSelectedLas())
                .on(ActionModel.IMPORT_LAS, this::importLas)
                .on(ActionModel.CHOOSE_STUDY_FILE, this::chooseStudyFile)
                .on(ActionModel.CREATE_STUDY, this::create)
                .on(ActionModel.CANCEL_CREATE, onCancel);
        this.panel = new CreateStudyPanel(texts, actions);
    }

    /** The screen this controller runs. */
    public CreateStudyPanel panel() {
        return panel;
    }

    private JFileChooser chooser(int mode) {
        JFileChooser chooser = new JFileChooser(lastFolder);
        chooser.setFileSelectionMode(mode);
        chooser.setName("fileChooser");
        return chooser;
    }

    private void chooseFormFile() {
        JFileChooser chooser = chooser(JFileChooser.FILES_ONLY);
        chooser.setDialogTitle(texts.get("create.form.chooseFile.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(texts.get("create.form.xlsxFilter"), "xlsx", "xls"));
        if (chooser.showOpenDialog(frame.window()) == JFileChooser.APPROVE_OPTION) {
            formChosen(chooser.getSelectedFile());
        }
    }

    private void chooseFormFolder() {
        JFileChooser chooser = chooser(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle(texts.get("create.form.chooseFolder.title"));
        if (chooser.showOpenDialog(frame.window()) == JFileChooser.APPROVE_OPTION) {
            formChosen(chooser.getSelectedFile());
        }
    }

    private void formChosen(File file) {
        lastFolder = file.getParentFile();
        panel.setFormPath(file.getPath());
        loadForm(form -> { }, () -> { });
    }

    /** Loads the chosen form in the background; shows its summary or its problems, then continues with it. */
    private void loadForm(Consumer<Form> then, Runnable failed) {
        boolean bundled = panel.bundledFormChosen();
        String path = panel.formPath();
        if (!bundled && path.isEmpty()) {
            panel.showFormSummary("");
            panel.showFormProblems(List.of(texts.get("create.form.none")));
            failed.run();
            return;
        }
        panel.showFormSummary(texts.get("create.form.loading"));
        panel.showFormProblems(List.of());
        BackgroundJobs.run(() -> bundled ? FormLoader.loadBundled(FormLoader.DEFAULT_FORM) : FormLoader.load(Path.of(path)),
                form -> {
                    panel.showFormSummary(texts.get("create.form.summary", form.settings().formTitle(),
                            form.questions().size(), form.valuesItems().size(), form.languages().size()));
                    then.accept(form);
                },
                failure -> {
                    panel.showFormSummary(texts.get("create.form.invalid"));
                    panel.showFormProblems(lines(failure));
                    failed.run();
                });
    }

    private void importLas() {
        JFileChooser chooser = chooser(JFileChooser.FILES_ONLY);
        chooser.setDialogTitle(texts.get("create.las.import.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(texts.get("create.las.csvFilter"), "csv"));
        if (chooser.showOpenDialog(frame.window()) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        lastFolder = chooser.getSelectedFile().getParentFile();
        BackgroundJobs.run(() -> LaListFile.read(file), imported -> {
            Map<String, LocalAuthority> merged = new LinkedHashMap<>();
            for (LocalAuthority la : panel.laRows()) {
                if (!la.code().isEmpty() || !la.name().isEmpty()) {
                    merged.put(la.code().isEmpty() ? "\u0000" + merged.size() : la.code(), la);
                }
            }
            int added = 0;
            for (LocalAuthority la : imported) {
                if (merged.putIfAbsent(la.code(), la) == null) {
                    added++;
                }
            }
            panel.setLas(new ArrayList<>(merged.values()));
            panel.showProblems(List.of());
            frame.setStatus(texts.get("create.las.imported", added, file.getFileName().toString()));
        }, failure -> panel.showProblems(lines(failure)));
    }

    private void chooseStudyFile() {
        JFileChooser chooser = chooser(JFileChooser.FILES_ONLY);
        chooser.setDialogTitle(texts.get("create.file.choose.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(texts.get("app.studyFilter"), "concord"));
        if (chooser.showSaveDialog(frame.window()) == JFileChooser.APPROVE_OPTION) {
            lastFolder = chooser.getSelectedFile().getParentFile();
            panel.setStudyPath(NewStudyScreenModel.withExtension(chooser.getSelectedFile().toPath()).toString());
        }
    }

    private void create() {
        char[] pin = panel.pin();
        char[] again = panel.pinAgain();
        NewStudyScreenModel.Checked checked = NewStudyScreenModel.check(panel.laRows(), pin, again, panel.studyPath());
        Arrays.fill(again, '\0');
        List<String> problems = checked.problems().stream().map(texts::get).toList();
        List<LocalAuthority> las = checked.las();
        Path file = checked.file();
        panel.showProblems(problems);
        if (!problems.isEmpty()) {
            frame.setStatus(texts.get("create.problem.status", problems.size()));
        }
        // The form is checked too, so that every problem is shown at once; the study is created only when all is well.
        boolean fieldsOk = problems.isEmpty();
        Path target = file;
        loadForm(form -> {
            if (!fieldsOk) {
                Arrays.fill(pin, '\0');
                return;
            }
            BackgroundJobs.run(() -> Study.create(target, form, las, pin), study -> {
                Arrays.fill(pin, '\0');
                frame.setStatus(texts.get("create.done", target.getFileName().toString()));
                onCreated.accept(study, target);
            }, failure -> {
                Arrays.fill(pin, '\0');
                panel.showProblems(lines(failure));
            });
        }, () -> Arrays.fill(pin, '\0'));
    }

    /** The readable lines of a failure: one per problem of an {@link InputException}, else its message. */
    public static List<String> lines(Throwable failure) {
        if (failure instanceof InputException input) {
            return input.problems().stream().map(Problem::toString).toList();
        }
        String message = failure.getMessage();
        return List.of(message == null || message.isBlank() ? failure.getClass().getSimpleName() : message);
    }
}
