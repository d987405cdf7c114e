package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.List;
import org.concord.common.Problem;

/**
 * One sheet of an XLSForm as text cells, normalised so that an {@code .xlsx} and a CSV folder of the same content give
 * equal sheets: headers and cells trimmed, no-break spaces as plain spaces, line breaks as {@code \n}, columns
 * without a header dropped, trailing blank rows dropped, blank rows in between kept so that row numbers stay those the
 * spreadsheet shows.
 *
 * @param name   the sheet name ({@code survey}, {@code choices} or {@code settings})
 * @param file   the file as shown in problems ({@code values-agreement/survey.csv}, {@code x.xlsx})
 * @param sheet  the workbook sheet as shown in problems, or null for a CSV file
 * @param header the column headers (row 1)
 * @param rows   the data rows; {@code rows.get(i)} is spreadsheet row {@code i + 2}, as long as the header
 */
public record Sheet(String name, String file, String sheet, List<String> header, List<List<String>> rows) {
    public Sheet {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A problem at a spreadsheet row (1 = header, 0 = the whole sheet) and column header (or null). */
    public Problem problem(int row, String column, String message) {
        return new Problem(file, sheet, row, column, message);
    }

    /** pyxform stops reading a workbook's sheet at its 61st empty row in a row (empty in every column with a header). */
    public static final int ROW_GAP = 61;

    /**
     * How many data rows pyxform reads: up to the {@link #ROW_GAP}th empty row in a row (a row is empty when every
     * column with a header is), or all of them.
     */
    public int rowsRead() {
        int gap = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            boolean blank = true;
            for (int c = 0; c < row.size() && blank; c++) {
                blank = header.get(c).isEmpty() || row.get(c).isEmpty();
            }
            gap = blank ? gap + 1 : 0;
            if (gap == ROW_GAP) {
                return i;
            }
        }
        return rows.size();
    }

    /** The spreadsheet row number of data row {@code index}. */
    public static int rowNumber(int index) {
        return index + 2;
    }

    /**
     * How many empty header cells in a row end the header row: pyxform stops reading a workbook's header after a run
     * of 21 (a header further right is not read, nor its column).
     */
    static final int HEADER_GAP = 21;

    /**
     * Normalises a raw grid (row 0 is the header) into a sheet. A form sheet keeps the columns that have no header
     * (or whose header comes after {@link #HEADER_GAP} empty header cells) but hold a value, under the header "", and
     * then every column up to the last of them, so that {@link SheetColumns} can name each by its letter; pyxform
     * ignores such a column and Concord warns about it. In a file read beside a form (a sheet named
     * {@link FormFiles#PREFIX}...) such a value is a problem added to {@code problems}.
     */
    public static Sheet of(String name, String file, String sheet, List<List<String>> grid, List<Problem> problems) {
        List<String> rawHeader = grid.isEmpty() ? List.of() : headerRow(grid.get(0));
        boolean dataFile = name.startsWith(FormFiles.PREFIX);
        int lastHeadless = -1;
        for (int r = 1; r < grid.size(); r++) {
            List<String> raw = grid.get(r);
            for (int c = 0; c < raw.size(); c++) {
                boolean headed = c < rawHeader.size() && !rawHeader.get(c).isEmpty();
                if (!headed && !clean(raw.get(c)).isEmpty()) {
                    if (dataFile) {
                        problems.add(new Problem(file, sheet, r + 1, columnLetter(c),
                                "a value in a column without a header; add a header in row 1 or delete the value"));
                    } else {
                        lastHeadless = Math.max(lastHeadless, c);
                    }
                }
            }
        }
        List<Integer> kept = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < Math.max(rawHeader.size(), lastHeadless + 1); c++) {
            String h = c < rawHeader.size() ? rawHeader.get(c) : "";
            if (!h.isEmpty() || c <= lastHeadless) {
                kept.add(c);
                header.add(h);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r < grid.size(); r++) {
            List<String> raw = grid.get(r);
            List<String> row = new ArrayList<>(header.size());
            for (int c : kept) {
                row.add(c < raw.size() ? clean(raw.get(c)) : "");
            }
            rows.add(row);
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(String::isEmpty)) {
            rows.remove(rows.size() - 1);
        }
        return new Sheet(name, file, sheet, header, rows);
    }

    /** The header row as pyxform reads it: cleaned, and empty from the first run of {@link #HEADER_GAP} empty cells. */
    private static List<String> headerRow(List<String> raw) {
        List<String> out = new ArrayList<>();
        int gap = 0;
        for (String cell : raw) {
            String h = gap >= HEADER_GAP ? "" : clean(cell);
            gap = h.isEmpty() ? gap + 1 : 0;
            out.add(h);
        }
        return out;
    }

    /** The spreadsheet letter of a 0-based column index ({@code 0 -> A}, {@code 26 -> AA}). */
    public static String columnLetter(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }

    private static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        // A no-break space (U+00A0, which Excel users paste from web pages and Word) is a plain space, as in pyxform;
        // String.strip alone would keep it, so that a cell holding only one looked filled.
        return cell.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').strip();
    }
}
