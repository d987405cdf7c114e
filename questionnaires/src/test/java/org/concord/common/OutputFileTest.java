package org.concord.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
    @TempDir
    Path dir;

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anExistingFileIsRefusedWithoutForceAndLeftAlone() throws Exception {
        Path target = Files.writeString(dir.resolve("report.csv"), "mine");
        InputException e = catchThrowableOfType(InputException.class,
                () -> OutputFile.write(target, false, temp -> Files.writeString(temp, "new")));
        assertThat(e.getMessage()).isEqualTo(target + ": already exists; choose another name, or add --force to"
                + " replace it");
        assertThat(Files.readString(target)).isEqualTo("mine");
        assertThat(names(dir)).containsExactly("report.csv");
    }

    @Test
    void forceReplacesTheFileThroughATemporaryFileInTheSameFolder() throws Exception {
        Path target = Files.writeString(dir.resolve("report.csv"), "mine");
        Path[] used = new Path[1];
        OutputFile.write(target, true, temp -> {
            used[0] = temp;
            assertThat(temp.getParent()).isEqualTo(target.toAbsolutePath().getParent());
            assertThat(temp.getFileName().toString()).startsWith(".report.csv.").endsWith(".part");
            return Files.writeString(temp, "new", StandardCharsets.UTF_8);
        });
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(used[0]).doesNotExist();
        assertThat(names(dir)).containsExactly("report.csv");
    }

    @Test
    void aWriteThatFailsHalfWayLeavesNoFileUnderTheRealNameAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("report.xlsx");
        InputException e = catchThrowableOfType(InputException.class, () -> OutputFile.write(target, false, temp -> {
            Files.writeString(temp, "half a workbook");
            throw new IOException("No space left on device");
        }));
        assertThat(e.getMessage()).isEqualTo(target + ": could not be written (No space left on device); check that"
                + " the folder is writable, the disk has space and the file is not open in another program");
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void anOutputThatIsAlsoAnInputIsRefusedEvenWithForce() throws Exception {
        Path input = Files.writeString(dir.resolve("study.concord"), "data");
        assertThat(OutputFile.problems(dir.resolve(".").resolve("study.concord"), true, List.of(input)))
                .extracting(Problem::message).containsExactly("is also an input of this command; write the output to"
                        + " another file");
    }
}
