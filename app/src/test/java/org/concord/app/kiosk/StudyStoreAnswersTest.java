package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import org.concord.forms.FormLoader;
import org.concord.session.Change;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several answers saved together (a deleted repeat instance) reach the study file all or not at all. */
class StudyStoreAnswersTest {
    @TempDir
    Path dir;

    @Test
    void answersSavedTogetherAreOneTransaction() {
        try (Study study = Study.create(dir.resolve("s.concord"), FormLoader.loadBundled("values-agreement"),
                List.of(new LocalAuthority("W06000015", "Cardiff")), "1234".toCharArray())) {
            StudyStore store = new StudyStore(study, study.startSession("W06000015", "AB"));
            KioskParticipant who = store.createParticipant("en");
            store.saveAnswer(who.id(), "visit", "3", "en");
            Throwable failed = catchThrowable(() -> store.saveAnswers(who.id(), List.of(new Change("library[2]",
                    "Newport"), new Change("visit", "2"), new Change("", "no item")), "en"));
            assertThat(failed).as("a change without an item").isInstanceOf(IllegalArgumentException.class);
            assertThat(study.currentAnswers(who.id())).as("nothing of the failed list is kept")
                    .containsExactly(java.util.Map.entry("visit", "3"));
            store.saveAnswers(who.id(), List.of(new Change("library[2]", "Newport"), new Change("library[3]", null),
                    new Change("visit", "2")), "en");
            assertThat(study.currentAnswers(who.id())).as("after the list is saved")
                    .containsOnly(java.util.Map.entry("visit", "2"), java.util.Map.entry("library[2]", "Newport"));
        }
    }
}
