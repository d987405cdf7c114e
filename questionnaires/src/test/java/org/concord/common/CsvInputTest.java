package org.concord.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvInputTest {
    @TempDir
    Path dir;

    /** Reads every row's first cell, or throws the reader's problem. */
    private List<String> firstCells(Path file) {
        return CsvInput.read(file, file.getFileName().toString(), table -> {
            List<String> cells = new ArrayList<>();
            for (CsvInput.Row row : table.rows()) {
                cells.add(row.number() + ":" + row.cell(0));
            }
            return cells;
        });
    }

    private InputException refused(Path file) {
        return catchThrowableOfType(InputException.class, () -> firstCells(file));
    }

    @Test
    void rowsAreNumberedAsASpreadsheetShowsThemAndAByteOrderMarkIsSkipped() throws Exception {
        Path file = Files.writeString(dir.resolve("a.csv"), "\uFEFFid,x\n a ,1\nb,\"two\nlines\"\n",
                StandardCharsets.UTF_8);
        assertThat(firstCells(file)).containsExactly("2:a", "3:b");
    }

    @Test
    void anUnbalancedQuoteIsAProblemNamingTheFileRowAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("responses.csv"), "participant_id,la_code,item,value\n"
                + "p1,A,role,director\np1,A,v1,\"3\np1,A,v2,4\n", StandardCharsets.UTF_8);
        assertThat(refused(file).problems()).extracting(Problem::toString).containsExactly("responses.csv row 3: a"
                + " quoted cell (\"...) starting on line 3 is never closed; close it, and write a \" inside a cell"
                + " as \"\"");
    }

    @Test
    void aTwentyMegabyteFieldIsAProblemNamingTheRowAndColumn() throws Exception {
        Path file = dir.resolve("big.csv");
        Files.writeString(file, "participant_id,la_name\np1,A\np2," + "x".repeat(20 * 1024 * 1024) + "\n",
                StandardCharsets.UTF_8);
        assertThat(refused(file).problems()).extracting(Problem::toString).containsExactly("big.csv row 3, column"
                + " la_name: the cell holds 20,971,520 characters, more than the 32,767 a spreadsheet cell can hold;"
                + " the file is damaged, or a quote (\") opened above is never closed");
    }

    @Test
    void anEmptyFileAMissingFileAndANonUtf8FileEachNameTheFile() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Path latin1 = Files.write(dir.resolve("latin1.csv"), "name\nCaerffili\u00e2\n".getBytes(
                StandardCharsets.ISO_8859_1));
        assertThat(refused(empty).getMessage()).isEqualTo("empty.csv: the file is empty; it needs a header row and"
                + " rows of data");
        assertThat(refused(dir.resolve("gone.csv")).getMessage()).isEqualTo("gone.csv: no such file; check the name"
                + " and folder");
        assertThat(refused(latin1).getMessage()).isEqualTo("latin1.csv: the file is not UTF-8 text; save it"
                + " as CSV UTF-8");
    }

    @Test
    void aColumnNamedTwiceIsAProblemOfTheHeaderRow() throws Exception {
        Path file = Files.writeString(dir.resolve("twice.csv"), "id,id\n1,2\n");
        assertThat(refused(file).problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.message()).startsWith("cannot read the header: ").endsWith("; give each column a"
                    + " different name");
        });
    }
}
