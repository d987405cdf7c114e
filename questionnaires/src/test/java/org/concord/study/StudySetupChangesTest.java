package org.concord.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changing a study's PIN and LA list after creation, on a real study file, and what a merge would see differ. */
class StudySetupChangesTest {
    @TempDir
    Path dir;

    @Test
    void thePinChangesOnlyWithTheOldPinAndTheChangeSurvivesReopening() {
        Path file = dir.resolve("pin.concord");
        try (Study study = StudyTest.newStudy(file)) {
            assertThat(study.changePin("9999".toCharArray(), "2468".toCharArray())).isFalse();
            assertThat(study.checkPin("4321".toCharArray())).isTrue();
            assertThatThrownBy(() -> study.changePin("4321".toCharArray(), "12a4".toCharArray()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 digits");
            assertThatThrownBy(() -> study.changePin("4321".toCharArray(), "12".toCharArray()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(study.changePin("4321".toCharArray(), "2468".toCharArray())).isTrue();
        }
        try (Study study = Study.open(file)) {
            assertThat(study.checkPin("2468".toCharArray())).isTrue();
            assertThat(study.checkPin("4321".toCharArray())).isFalse();
        }
    }

    @Test
    void lasInUseCanBeRenamedNotRemovedAndNewOnesAreAddedDurably() {
        Path file = dir.resolve("las.concord");
        try (Study study = StudyTest.newStudy(file)) {
            FieldworkSession session = study.startSession("W06000015", "AB");
            study.createParticipant(session.id(), "en");
            assertThat(study.lasInUse()).containsExactly("W06000015");
            study.setLas(List.of(new LocalAuthority("W06000015", "Caerdydd"), new LocalAuthority("W06000011", "Swansea"),
                    new LocalAuthority("W06000023", "Powys")));
        }
        try (Study study = Study.open(file)) {
            assertThat(study.las()).containsExactly(new LocalAuthority("W06000015", "Caerdydd"),
                    new LocalAuthority("W06000011", "Swansea"), new LocalAuthority("W06000023", "Powys"));
            assertThatThrownBy(() -> study.setLas(List.of(new LocalAuthority("W06000011", "Swansea"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("W06000015");
            // An LA without fieldwork can go.
            study.setLas(List.of(new LocalAuthority("W06000015", "Caerdydd"), new LocalAuthority("W06000023", "Powys")));
            assertThat(study.las()).extracting(LocalAuthority::code).containsExactly("W06000015", "W06000023");
        }
    }

    @Test
    void aMergeSeesAnotherLaListAndAPinOfItsOwnButNotInACopy() throws Exception {
        Path here = dir.resolve("here.concord");
        Path copy = dir.resolve("copy.concord");
        Path other = dir.resolve("other.concord");
        StudyTest.newStudy(here).close();
        Files.copy(here, copy);
        try (Study study = Study.create(other, TestForms.sample(), List.of(new LocalAuthority("W06000015", "Caerdydd"),
                new LocalAuthority("W06000023", "Powys")), "4321".toCharArray())) {
            assertThat(study.las()).hasSize(2);
        }
        try (Study study = Study.openReadOnly(here)) {
            List<MergeDifference> differences = MergeDifference.between(study, List.of(copy, other));
            assertThat(differences).singleElement().satisfies(d -> {
                assertThat(d.file()).isEqualTo(other);
                assertThat(d.onlyThere()).containsExactly(new LocalAuthority("W06000023", "Powys"));
                assertThat(d.onlyHere()).containsExactly(new LocalAuthority("W06000011", "Swansea"));
                assertThat(d.renamed()).containsExactly(new MergeDifference.Renamed("W06000015", "Cardiff", "Caerdydd"));
                // Created separately: a PIN record of its own, even with the same digits.
                assertThat(d.otherPin()).isTrue();
            });
        }
    }
}
