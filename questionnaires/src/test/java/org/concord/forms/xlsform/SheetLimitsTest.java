package org.concord.forms.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.concord.common.Problem;
import org.junit.jupiter.api.Test;

/**
 * Where pyxform stops reading a workbook's sheet: at the 61st empty row in a row, and at the 21st empty header cell in
 * a row (a header further right is not read); Concord keeps what follows in the sheet (so the stored source gives the
 * same warnings) but reads only what pyxform reads.
 */
class SheetLimitsTest {
    private static Sheet sheet(List<String> header, int emptyRows) {
        List<List<String>> grid = new ArrayList<>();
        grid.add(header);
        grid.add(List.of("text", "a", "A"));
        for (int i = 0; i < emptyRows; i++) {
            grid.add(List.of("", "", ""));
        }
        grid.add(List.of("text", "late", "Late"));
        List<Problem> problems = new ArrayList<>();
        Sheet sheet = Sheet.of("survey", "f.xlsx", "survey", grid, problems);
        assertThat(problems).as("a form sheet reports nothing while it is read").isEmpty();
        return sheet;
    }

    @Test
    void sixtyEmptyRowsAreAGapAndSixtyOneTheEnd() {
        Sheet sixty = sheet(List.of("type", "name", "label"), 60);
        assertThat(sixty.rowsRead()).as("the row after 60 empty rows is read").isEqualTo(sixty.rows().size())
                .isEqualTo(62);
        Sheet sixtyOne = sheet(List.of("type", "name", "label"), 61);
        assertThat(sixtyOne.rows()).as("kept in the sheet").hasSize(63);
        assertThat(sixtyOne.rowsRead()).as("read up to the 61st empty row").isEqualTo(61);
    }

    @Test
    void aRowWithValuesOnlyInColumnsWithoutAHeaderCountsAsEmpty() {
        List<List<String>> grid = new ArrayList<>();
        grid.add(List.of("type", "name", "label"));
        grid.add(List.of("text", "a", "A"));
        for (int i = 0; i < 61; i++) {
            grid.add(List.of("", "", "", i == 30 ? "stray" : ""));
        }
        grid.add(List.of("text", "late", "Late"));
        Sheet s = Sheet.of("survey", "f.xlsx", "survey", grid, new ArrayList<>());
        assertThat(s.header()).containsExactly("type", "name", "label", "");
        assertThat(s.rowsRead()).isEqualTo(61);
    }

    @Test
    void aHeaderAfter21EmptyHeaderCellsIsNotRead() {
        List<String> twenty = new ArrayList<>(List.of("type", "name", "label"));
        twenty.addAll(Collections.nCopies(20, ""));
        twenty.add("hint");
        assertThat(sheet(twenty, 0).header()).as("after 20 empty cells a header is read")
                .containsExactly("type", "name", "label", "hint");
        List<String> twentyOne = new ArrayList<>(List.of("type", "name", "label"));
        twentyOne.addAll(Collections.nCopies(21, ""));
        twentyOne.add("hint");
        assertThat(sheet(twentyOne, 0).header()).as("after 21 it is not, and its empty column is dropped")
                .containsExactly("type", "name", "label");
    }

    @Test
    void aValueWithoutAHeaderInAFileBesideTheFormIsAProblem() {
        List<Problem> problems = new ArrayList<>();
        Sheet.of(FormFiles.PREFIX + "cities.csv", "f/cities.csv", null,
                List.of(List.of("name", "label"), List.of("cdf", "Cardiff", "wales")), problems);
        assertThat(problems).extracting(Problem::toString).containsExactly("f/cities.csv row 2, column C: a value in a "
                + "column without a header; add a header in row 1 or delete the value");
    }
}
