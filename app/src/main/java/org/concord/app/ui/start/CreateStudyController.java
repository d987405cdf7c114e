package org.concord.app.ui.start;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.concord.app.ui.MainFrame;
import org.concord.app.base.Texts;
import org.concord.app.base.action.ActionId;
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
    /** The shortest admin PIN accepted. */
    public static final int MIN_PIN_LENGTH = 4;
    /** The file extension of study files. */
    public static final String EXTENSION = ".concord";

    private final MainFrame frame;
    private final CreateStudyPanel panel;
    private final BiConsumer<Study, Path> onCreated;
    private File lastFolder;

    /** A controller for a new "new study" screen whose actions are bound into {@code actions}. */
    public CreateStudyController(MainFrame frame, Actions actions, BiConsumer<Study, Path> onCreated,
                                 Runnable onCancel) {
        this.frame = frame;
        this.onCreated = onCreated;
        actions.on(ActionId.CHOOSE_FORM, this::chooseFormFile)
                .on(ActionId.CHOOSE_FORM_FOLDER, this::chooseFormFolder)
                .on(ActionId.ADD_LA, () -> panel().addLaRow())
                .on(ActionId.REMOVE_LA, () -> panel().removeSelectedLas())
                .on(ActionId.IMPORT_LAS, this::importLas)
                .on(ActionId.CHOOSE_STUDY_FILE, this::chooseStudyFile)
                .on(ActionId.CREATE_STUDY, this::create)
                .on(ActionId.CANCEL_CREATE, onCancel);
        this.panel = new CreateStudyPanel(actions);
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
        chooser.setDialogTitle(Texts.get("create.form.chooseFile.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(Texts.get("create.form.xlsxFilter"), "xlsx"));
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            formChosen(chooser.getSelectedFile());
        }
    }

    private void chooseFormFolder() {
        JFileChooser chooser = chooser(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle(Texts.get("create.form.chooseFolder.title"));
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
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
            panel.showFormProblems(List.of(Texts.get("create.form.none")));
            failed.run();
            return;
        }
        panel.showFormSummary(Texts.get("create.form.loading"));
        panel.showFormProblems(List.of());
        BackgroundJobs.run(() -> bundled ? FormLoader.loadBundled(FormLoader.DEFAULT_FORM) : FormLoader.load(Path.of(path)),
                form -> {
                    panel.showFormSummary(Texts.get("create.form.summary", form.settings().formTitle(),
                            form.questions().size(), form.valuesItems().size(), form.languages().size()));
                    then.accept(form);
                },
                failure -> {
                    panel.showFormSummary(Texts.get("create.form.invalid"));
                    panel.showFormProblems(lines(failure));
                    failed.run();
                });
    }

    private void importLas() {
        JFileChooser chooser = chooser(JFileChooser.FILES_ONLY);
        chooser.setDialogTitle(Texts.get("create.las.import.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(Texts.get("create.las.csvFilter"), "csv"));
        if (chooser.showOpenDialog(frame) != JFileChooser.APPROVE_OPTION) {
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
            frame.setStatus(Texts.get("create.las.imported", added, file.getFileName().toString()));
        }, failure -> panel.showProblems(lines(failure)));
    }

    private void chooseStudyFile() {
        JFileChooser chooser = chooser(JFileChooser.FILES_ONLY);
        chooser.setDialogTitle(Texts.get("create.file.choose.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(Texts.get("app.studyFilter"), "concord"));
        if (chooser.showSaveDialog(frame) == JFileChooser.APPROVE_OPTION) {
            lastFolder = chooser.getSelectedFile().getParentFile();
            panel.setStudyPath(withExtension(chooser.getSelectedFile().toPath()).toString());
        }
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION) ? file : file.resolveSibling(name + EXTENSION);
    }

    private void create() {
        List<String> problems = new ArrayList<>();
        List<LocalAuthority> las = checkLas(panel.laRows(), problems);
        char[] pin = panel.pin();
        char[] again = panel.pinAgain();
        checkPin(pin, again, problems);
        Arrays.fill(again, '\0');
        Path file = null;
        if (panel.studyPath().isEmpty()) {
            problems.add(Texts.get("create.problem.noFile"));
        } else {
            file = withExtension(Path.of(panel.studyPath()).toAbsolutePath());
            if (Files.exists(file)) {
                problems.add(Texts.get("create.problem.fileExists", file.toString()));
            } else if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
                problems.add(Texts.get("create.problem.noFolder", String.valueOf(file.getParent())));
            }
        }
        panel.showProblems(problems);
        if (!problems.isEmpty()) {
            frame.setStatus(Texts.get("create.problem.status", problems.size()));
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
                frame.setStatus(Texts.get("create.done", target.getFileName().toString()));
                onCreated.accept(study, target);
            }, failure -> {
                Arrays.fill(pin, '\0');
                panel.showProblems(lines(failure));
            });
        }, () -> Arrays.fill(pin, '\0'));
    }

    private static List<LocalAuthority> checkLas(List<LocalAuthority> rows, List<String> problems) {
        List<LocalAuthority> las = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            LocalAuthority la = rows.get(i);
            if (la.code().isEmpty() && la.name().isEmpty()) {
                continue;
            }
            if (la.code().isEmpty()) {
                problems.add(Texts.get("create.problem.laNoCode", i + 1, la.name()));
            } else if (!codes.add(la.code())) {
                problems.add(Texts.get("create.problem.laDuplicate", i + 1, la.code()));
            } else {
                las.add(new LocalAuthority(la.code(), la.name().isEmpty() ? la.code() : la.name()));
            }
        }
        if (las.isEmpty() && problems.isEmpty()) {
            problems.add(Texts.get("create.problem.noLas"));
        }
        return las;
    }

    private static void checkPin(char[] pin, char[] again, List<String> problems) {
        if (pin.length < MIN_PIN_LENGTH) {
            problems.add(Texts.get("create.problem.pinShort", MIN_PIN_LENGTH));
        } else {
            for (char c : pin) {
                if (c < '0' || c > '9') {
                    problems.add(Texts.get("create.problem.pinDigits"));
                    break;
                }
            }
        }
        if (!Arrays.equals(pin, again)) {
            problems.add(Texts.get("create.problem.pinMismatch"));
        }
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
