package org.concord.app.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.app.base.Message;
import org.concord.study.LocalAuthority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "new study" checks without a window: LA rows, the PIN rule of the library, the study file. */
class NewStudyScreenModelTest {
    @TempDir
    Path dir;

    @Test
    void aCompleteScreenHasNoProblemsAndGivesTheLasAndTheFileWithItsExtension() {
        var checked = NewStudyScreenModel.check(List.of(new LocalAuthority("W06000015", "Cardiff"),
                new LocalAuthority("", ""), new LocalAuthority("W06000011", "")), "2468".toCharArray(),
                "2468".toCharArray(), dir.resolve("visit").toString());
        assertThat(checked.problems()).isEmpty();
        // Blank rows are dropped; an LA without a name is named by its code.
        assertThat(checked.las()).containsExactly(new LocalAuthority("W06000015", "Cardiff"),
                new LocalAuthority("W06000011", "W06000011"));
        assertThat(checked.file()).isEqualTo(dir.resolve("visit.concord"));
    }

    @Test
    void everyProblemIsListedAtOnceInScreenOrder() throws Exception {
        Path existing = Files.writeString(dir.resolve("old.concord"), "x");
        var checked = NewStudyScreenModel.check(List.of(new LocalAuthority("A1", "One"),
                new LocalAuthority("A1", "Again"), new LocalAuthority("", "Nameless")), "12a4".toCharArray(),
                "1234".toCharArray(), existing.toString());
        assertThat(checked.problems()).containsExactly(
                Message.of("create.problem.laDuplicate", 2, "A1"),
                Message.of("create.problem.laNoCode", 3, "Nameless"),
                Message.of("create.problem.pinDigits"),
                Message.of("create.problem.pinMismatch"),
                Message.of("create.problem.fileExists", existing.toString()));
        assertThat(Files.readString(existing)).isEqualTo("x");
    }

    @Test
    void noLasNoFileAShortPinAndAMissingFolderAreProblems() {
        assertThat(NewStudyScreenModel.check(List.of(), "12".toCharArray(), "12".toCharArray(), " ").problems())
                .containsExactly(Message.of("create.problem.noLas"), Message.of("create.problem.pinShort", 4),
                        Message.of("create.problem.noFile"));
        Path nowhere = dir.resolve("missing").resolve("study.concord");
        assertThat(NewStudyScreenModel.check(List.of(new LocalAuthority("A", "B")), "1234".toCharArray(),
                "1234".toCharArray(), nowhere.toString()).problems())
                .containsExactly(Message.of("create.problem.noFolder", nowhere.getParent().toString()));
    }

    @Test
    void theExtensionIsAddedOnceWhateverItsCase() {
        assertThat(NewStudyScreenModel.withExtension(Path.of("a", "b.CONCORD"))).isEqualTo(Path.of("a", "b.CONCORD"));
        assertThat(NewStudyScreenModel.withExtension(Path.of("a", "b.csv"))).isEqualTo(Path.of("a", "b.csv.concord"));
    }
}
