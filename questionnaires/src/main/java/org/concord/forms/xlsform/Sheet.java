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

    /** The spreadsheet row number of data row {@code index}. */
    public static int rowNumber(int index) {
        return index + 2;
    }

    /**
     * Normalises a raw grid (row 0 is the header) into a sheet; a value in a column without a header is a problem
     * added to {@code problems}.
     */
    public static Sheet of(String name, String file, String sheet, List<List<String>> grid, List<Problem> problems) {
        List<String> rawHeader = grid.isEmpty() ? List.of() : grid.get(0);
        List<Integer> kept = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < rawHeader.size(); c++) {
            String h = clean(rawHeader.get(c));
            if (!h.isEmpty()) {
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
            for (int c = 0; c < raw.size(); c++) {
                boolean headed = c < rawHeader.size() && !clean(rawHeader.get(c)).isEmpty();
                if (!headed && !clean(raw.get(c)).isEmpty()) {
                    problems.add(new Problem(file, sheet, r + 1, columnLetter(c),
                            "a value in a column without a header; add a header in row 1 or delete the value"));
                }
            }
            rows.add(row);
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(String::isEmpty)) {
            rows.remove(rows.size() - 1);
        }
        return new Sheet(name, file, sheet, header, rows);
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
