package org.concord.app.ui.researcher;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concord.app.base.Host;
import org.concord.app.base.Message;
import org.concord.app.base.Texts;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.action.Actions;
import org.concord.app.base.dialog.PinDialog;
import org.concord.app.base.dialog.ProblemsDialog;
import org.concord.app.base.jobs.BackgroundJobs;
import org.concord.app.kiosk.KioskWindow;
import org.concord.app.ui.start.CreateStudyController;
import org.concord.app.ui.start.NewStudyScreenModel;
import org.concord.study.FieldworkSession;
import org.concord.study.LocalAuthority;
import org.concord.study.ParticipantState;
import org.concord.study.ProgressRow;
import org.concord.study.Study;

/**
 * Runs the researcher view of an open study: starts and ends fieldwork sessions, hands the screen to the participant
 * kiosk and takes it back, shows progress, offers to resume unfinished participants, exports and merges. Every study
 * call runs on the background executor.
 */
public final class ResearcherController {
    private final Host frame;
    private final Texts texts;
    private final Study study;
    private final Path file;
    private final ResearcherPanel panel;
    private final ResearcherScreenModel model = new ResearcherScreenModel();
    private final DataTasks data;

    /** A controller for {@code study} (kept in {@code file}), whose actions are bound into {@code actions}. */
    public ResearcherController(Host frame, Texts texts, Actions actions, Study study, Path file) {
        this.frame = frame;
        this.texts = texts;
        this.study = study;
        this.file = file;
        actions.on(ActionModel.START_SESSION, this::startSession)
                .on(ActionModel.START_PARTICIPANTS, this::startParticipants)
                .on(ActionModel.END_SESSION, this::endSession)
                .on(ActionModel.REFRESH_PROGRESS, this::refresh)
                .on(ActionModel.EXPORT_CSV, () -> data().exportCsv(panel().completedOnly()))
                .on(ActionModel.EXPORT_XLSX, () -> data().exportXlsx(panel().completedOnly()))
                .on(ActionModel.MERGE, () -> data().merge())
                .on(ActionModel.EXPORT_SAV, () -> data().exportStats(true, panel().completedOnly()))
                .on(ActionModel.EXPORT_DTA, () -> data().exportStats(false, panel().completedOnly()))
                .on(ActionModel.SEND_TO_SERVER, () -> SendToServerDialog.show(frame.window(), texts, study,
                        ServerNote.memoryFile(), this::showServerNote, panel().serverProgress()));
        this.panel = new ResearcherPanel(texts, actions);
        this.data = new DataTasks(frame, texts, study, file, this::showData);
        panel.onSetup(this::editLas, this::changePin);
        panel.serverProgress().attach(study, ServerNote.memoryFile());
    }

    private DataTasks data() {
        return data;
    }

    /** Changes the LA list: the dialog shows which LAs have fieldwork (they can be renamed, not removed). */
    private void editLas() {
        BackgroundJobs.run(() -> new LaState(study.las(), study.lasInUse()), state -> {
            List<LocalAuthority> edited = LaListDialog.edit(frame.window(), texts, state.las(), state.inUse());
            if (edited == null) {
                return;
            }
            BackgroundJobs.run(() -> {
                study.setLas(edited);
                return edited;
            }, saved -> {
                frame.setStatus(texts.get("laEdit.saved", saved.size()));
                load(false);
            }, this::failed);
        }, this::failed);
    }

    private record LaState(List<LocalAuthority> las, Set<String> inUse) {
    }

    /** Changes the admin PIN: the current PIN first, then the new one twice, checked by the library's PIN rule. */
    private void changePin() {
        PinDialog dialog = PinDialog.forChange(frame.window(), texts, "pinChange", texts.get("pinChange.prompt"),
                (current, fresh, again, shown) -> {
                    List<Message> problems = NewStudyScreenModel.pinProblems(fresh, again);
                    PinDialog.wipe(again);
                    if (!problems.isEmpty()) {
                        PinDialog.wipe(current);
                        PinDialog.wipe(fresh);
                        shown.problem(String.join(" ", problems.stream().map(texts::get).toList()));
                        return;
                    }
                    BackgroundJobs.run(() -> {
                        try {
                            return study.changePin(current, fresh);
                        } finally {
                            PinDialog.wipe(current);
                            PinDialog.wipe(fresh);
                        }
                    }, changed -> {
                        if (changed) {
                            shown.accepted();
                            frame.setStatus(texts.get("pinChange.done"));
                        } else {
                            shown.wrong();
                        }
                    }, failure -> shown.failed(CreateStudyController.lines(failure).get(0)));
                }, () -> { });
        dialog.setVisible(true);
    }

    /** The view this controller runs. */
    public ResearcherPanel panel() {
        return panel;
    }

    /** The session running now, or null. */
    public FieldworkSession session() {
        return model.session();
    }

    /** Loads the study's details, LAs, running session and progress; then offers to resume unfinished participants. */
    public void load(boolean offerResume) {
        BackgroundJobs.run(() -> new Snapshot(study.form().settings().formTitle(), study.las(),
                        study.sessions().stream().filter(s -> s.endedAt() == null)
                                .reduce((first, second) -> second).orElse(null),
                        study.progress(), offerResume ? study.unfinished() : List.of()),
                snapshot -> {
                    String name = String.valueOf(file.getFileName());
                    model.setLas(snapshot.las());
                    panel.showStudy(name, texts.get(model.details(snapshot.formTitle())));
                    panel.setLas(model.las());
                    model.setSession(snapshot.session());
                    showSession();
                    showProgress(snapshot.progress());
                    if (!snapshot.unfinished().isEmpty()) {
                        offerResume(snapshot.unfinished());
                    }
                }, this::failed);
        showServerNote();
    }

    /** Re-reads from the study file what is not yet sent to the server. */
    private void showServerNote() {
        BackgroundJobs.run(() -> ServerNote.pending(study, texts.formatLocale(), ZoneId.systemDefault()),
                note -> panel.showServerNote(texts.get(note)), this::failed);
    }

    private record Snapshot(String formTitle, List<LocalAuthority> las, FieldworkSession session,
                            List<ProgressRow> progress, List<ParticipantState> unfinished) {
    }

    private void offerResume(List<ParticipantState> unfinished) {
        ParticipantState chosen = ResumeDialog.choose(frame.window(), texts, unfinished, study.form(), model.las());
        if (chosen == null) {
            frame.setStatus(texts.get("resume.postponed", unfinished.size()));
            return;
        }
        BackgroundJobs.run(() -> study.sessions().stream()
                        .filter(s -> s.id() == chosen.participant().sessionId()).findFirst(),
                (Optional<FieldworkSession> found) -> {
                    if (found.isEmpty()) {
                        ProblemsDialog.show(frame.window(), texts, texts.get("resume.failed"),
                                List.of(texts.get("resume.noSession", chosen.participant().code())));
                        return;
                    }
                    frame.window().setVisible(false);
                    KioskWindow.resume(study, found.get(), chosen, () -> backFromKiosk(true));
                }, this::failed);
    }

    private void startSession() {
        LocalAuthority la = panel.chosenLa();
        String initials = panel.initials();
        Message missing = ResearcherScreenModel.startProblem(la, initials);
        if (missing != null) {
            ProblemsDialog.show(frame.window(), texts, texts.get("researcher.session.incomplete"),
                    List.of(texts.get(missing)));
            return;
        }
        BackgroundJobs.run(() -> study.startSession(la.code(), initials), started -> {
            model.setSession(started);
            showSession();
            frame.setStatus(texts.get("researcher.session.started", la.name()));
        }, this::failed);
    }

    private void startParticipants() {
        if (model.session() == null) {
            return;
        }
        frame.window().setVisible(false);
        KioskWindow.start(study, model.session(), () -> backFromKiosk(false));
    }

    /** The kiosk hands the screen back (the researcher typed the PIN there). */
    private void backFromKiosk(boolean offerResume) {
        frame.window().setVisible(true);
        frame.window().toFront();
        load(offerResume);
    }

    private void endSession() {
        FieldworkSession ending = model.session();
        if (ending == null) {
            return;
        }
        BackgroundJobs.run(() -> {
            study.endSession(ending.id());
            return study.progress();
        }, rows -> {
            model.setSession(null);
            showSession();
            showProgress(rows);
            frame.setStatus(texts.get("researcher.session.ended"));
        }, this::failed);
    }

    private void refresh() {
        BackgroundJobs.run(study::progress, this::showProgress, this::failed);
    }

    private void showSession() {
        if (model.session() == null) {
            panel.showSession(null);
            return;
        }
        panel.showSession(texts.get(model.sessionDetails(texts.formatLocale(), ZoneId.systemDefault())));
    }

    private void showProgress(List<ProgressRow> rows) {
        panel.showProgress(rows, texts.get(ResearcherScreenModel.totals(rows)));
    }

    private void showData(String message) {
        panel.showDataMessage(message);
        frame.setStatus(message);
    }

    private void failed(Throwable failure) {
        ProblemsDialog.show(frame.window(), texts, texts.get("researcher.failed"), CreateStudyController.lines(failure));
    }

    /** Re-shows texts built from data (the session line) after a language switch. */
    public void languageChanged() {
        showSession();
        showServerNote();
    }
}
