package org.concord.app.ui.researcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.concord.app.base.Message;
import org.concord.forms.FormLoader;
import org.concord.server.ServerSync;
import org.concord.study.FieldworkSession;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The researcher view's server texts and the remembered address, without a window or a server. */
class ServerNoteTest {
    @TempDir
    Path dir;

    @Test
    void aStudyNeverSentSaysEverythingIsStillToSend() {
        try (Study study = Study.create(dir.resolve("s.concord"), FormLoader.loadBundled(FormLoader.DEFAULT_FORM),
                List.of(new LocalAuthority("W06000015", "Cardiff")), "8642".toCharArray())) {
            FieldworkSession session = study.startSession("W06000015", "AB");
            study.createParticipant(session.id(), "en");
            study.createParticipant(session.id(), "cy");
            Message note = ServerNote.pending(study, Locale.UK, ZoneOffset.UTC);
            assertThat(note).as("note").isEqualTo(Message.of("server.note.never", 2, 1));
        }
    }

    @Test
    void theAddressIsRememberedAndAMissingFileGivesNone() throws Exception {
        Path file = dir.resolve("sub").resolve("server.properties");
        assertThat(ServerNote.rememberedAddress(file)).as("address before any send").isEmpty();
        ServerNote.remember(file, "postgresql://field1@db.example.org:5432/study");
        assertThat(ServerNote.rememberedAddress(file)).as("remembered")
                .isEqualTo("postgresql://field1@db.example.org:5432/study");
        assertThat(Files.readString(file)).as("file").doesNotContainIgnoringCase("password=");
    }

    @Test
    void aSendWithNoBatchesSaysNothingWasToSend() {
        ServerSync.Report nothing = new ServerSync.Report("id", 0, 0, 0, 0, List.of(), List.of(), 0, 0, 5);
        assertThat(ServerNote.result(nothing)).as("result").isEqualTo(Message.of("server.result.nothing"));
        ServerSync.Report some = new ServerSync.Report("id", 2, 40, 38, 3, List.of("p1 item x"), List.of(10L, 12L),
                0, 0, 30);
        assertThat(ServerNote.result(some)).as("result")
                .isEqualTo(Message.of("server.result.sent", 40L, 3, 2, 38L, 1));
    }
}
