package org.concord.stats.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaListReaderTest {
    @TempDir
    Path dir;

    @Test
    void aListWithABomNamesAndSomeCountsIsReadWithDefaultsForTheBlanks() throws Exception {
        Path file = dir.resolve("las.csv");
        Files.writeString(file, "\uFEFFla_code,la_name,leaders,workers\r\nQ001,Northshire,3,12\r\nQ002,,,\r\n"
                + "Q003,\"Vale, West\",0,7\r\n", StandardCharsets.UTF_8);
        List<LaPlan> plan = LaListReader.read(file, 4, 15);
        assertThat(plan).containsExactly(new LaPlan("Q001", "Northshire", 3, 12), new LaPlan("Q002", "Q002", 4, 15),
                new LaPlan("Q003", "Vale, West", 0, 7));
        SyntheticStudy study = StudySimulator.generate(HandBuiltForm.small(), SimulationSpec.defaults(), plan);
        assertThat(study.las()).extracting(SimulatedLa::code).containsExactly("Q001", "Q002", "Q003");
        assertThat(study.scoredMatrix("Q001", true)).hasDimensions(3, 8);
        assertThat(study.scoredMatrix("Q001", false)).hasDimensions(12, 8);
        assertThat(study.scoredMatrix("Q002", false)).hasDimensions(15, 8);
        assertThat(study.scoredMatrix("Q003", true)).isEmpty();
        assertThat(study.participants()).hasSize(3 + 12 + 4 + 15 + 7);
    }

    @Test
    void everyBadRowIsReportedWithItsRowAndColumn() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "la_code,leaders,workers\nA1,2,x\n,1,1\nA1,-1,3\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LaListReader.read(file, 4, 15)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        file + " row 2, column workers: 'x' is not a number of workers from 0 to 10000; write a whole"
                                + " number or leave it blank for the default",
                        file + " row 3, column la_code: the LA code is blank; give every LA a code",
                        file + " row 4, column la_code: LA A1 is listed twice; list each LA once",
                        file + " row 4, column leaders: '-1' is not a number of leaders from 0 to 10000; write a"
                                + " whole number or leave it blank for the default"));
    }

    @Test
    void aFileWithoutTheCodeColumnIsRefused() throws Exception {
        Path file = dir.resolve("nocode.csv");
        Files.writeString(file, "name\nX\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LaListReader.read(file, 4, 15)).isInstanceOf(InputException.class)
                .hasMessageContaining("row 1: no la_code column");
    }
}
