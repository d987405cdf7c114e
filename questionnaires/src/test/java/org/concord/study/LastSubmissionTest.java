package org.concord.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.session.FormSession;
import org.concord.session.SessionContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ${last-saved#q}} read from a study file on disk: the submission completed last on this laptop. */
class LastSubmissionTest {
    @TempDir
    Path dir;

    private static Form form() {
        try {
            return FormLoader.load(Path.of(LastSubmissionTest.class.getResource("/conformance/last-saved/survey.csv")
                    .toURI()).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new participant's session on the study's form, with the previous submission as the kiosk reads it. */
    private static FormSession start(Study study, Participant p) {
        SessionContext context = SessionContext.system().withLastSaved(LastSubmission.before(study, p.id()));
        FormSession s = FormSession.start(study.form(), Map.of(), "default", p.seed(), context);
        s.recordStart(true).forEach(c -> study.saveAnswer(p.id(), c.question(), c.value(), "default"));
        return s;
    }

    private static void set(Study study, String sql, Object... args) throws SQLException {
        StudySql.update(study.conn, sql, args);
    }

    @Test
    void aSessionStartedAfterACompletedSubmissionGetsItsValues() throws SQLException {
        Path file = dir.resolve("study.concord");
        UUID second;
        try (Study study = Study.create(file, form(), StudyTest.LAS, "4321".toCharArray())) {
            long session = study.startSession("W06000015", "AB").id();
            Participant first = study.createParticipant(session, "default");
            FormSession s = start(study, first);
            assertThat(s.answer("site")).as("site of the first participant on this laptop").isNull();
            assertThat(s.answer("visit")).as("visit of the first participant").isEqualTo("1");
            study.saveAnswer(first.id(), "site", "Cardiff West", "default");
            study.markComplete(first.id());
            set(study, "UPDATE participant SET completed_at = 1000 WHERE uuid = ?", first.id().toString());
            second = study.createParticipant(session, "default").id();
        }
        try (Study study = Study.open(file)) {
            Participant p = new Participant(second, "", 0, "W06000015", "default", 7);
            assertThat(LastSubmission.before(study, second)).as("the first participant's answers")
                    .isEqualTo(Map.of("site", "Cardiff West", "visit", "1"));
            FormSession s = start(study, p);
            assertThat(s.answer("site")).as("site of the second participant").isEqualTo("Cardiff West");
            assertThat(s.answer("visit")).as("visit of the second participant").isEqualTo("2");
            assertThat(study.currentAnswers(second)).as("saved for the second participant")
                    .containsEntry("site", "Cardiff West").containsEntry("visit", "2");
        }
    }

    @Test
    void unfinishedLaterAndOtherLaptopsSubmissionsAreNotRead() throws SQLException {
        try (Study study = Study.create(dir.resolve("study.concord"), form(), StudyTest.LAS, "4321".toCharArray())) {
            long here = study.startSession("W06000015", "AB").id();
            long there = study.startSession("W06000011", "CD").id();
            set(study, "UPDATE session SET device = 'another-laptop' WHERE id = ?", there);
            UUID older = answered(study, here, "Older", 1000L);
            answered(study, here, "Unfinished", null);
            answered(study, there, "Other laptop", 3000L);
            UUID me = study.createParticipant(here, "default").id();
            set(study, "UPDATE participant SET started_at = 4000 WHERE uuid = ?", me.toString());
            answered(study, here, "Completed after me", 5000L);
            assertThat(LastSubmission.before(study, me)).as("previous submission of a participant who started at 4000")
                    .containsEntry("site", "Older");
            assertThat(LastSubmission.before(study, older)).as("the first completed participant has none before")
                    .isEmpty();
        }
    }

    /** A participant of a session who answered site, completed at {@code completedAt} (null: not completed). */
    private static UUID answered(Study study, long session, String site, Long completedAt) throws SQLException {
        UUID id = study.createParticipant(session, "default").id();
        set(study, "UPDATE participant SET started_at = 0 WHERE uuid = ?", id.toString());
        study.saveAnswer(id, "site", site, "default");
        if (completedAt != null) {
            study.markComplete(id);
            set(study, "UPDATE participant SET completed_at = ? WHERE uuid = ?", completedAt, id.toString());
        }
        return id;
    }
}
