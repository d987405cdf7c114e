package org.concord.common;

/**
 * One problem found in a user's input, with where it is and how to fix it.
 *
 * @param file    the file as the user named it (e.g. {@code values-agreement/survey.csv}), or null
 * @param sheet   the sheet of a workbook, or null for CSV and other files
 * @param row     the 1-based row (the header is row 1), or 0 when the problem is not on one row
 * @param column  the column header, or null
 * @param message what is wrong and how to fix it, e.g. {@code unknown name ${rolle}; did you mean ${role}?}
 */
public record Problem(String file, String sheet, int row, String column, String message) {

    /** A problem with a whole file. */
    public static Problem ofFile(String file, String message) {
        return new Problem(file, null, 0, null, message);
    }

    /**
     * The problem as one line, e.g.
     * {@code values-agreement/survey.csv row 14, column relevant: unknown name ${rolle}; did you mean ${role}?}.
     */
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder();
        if (file != null) {
            where.append(file);
        }
        if (sheet != null) {
            where.append(where.length() > 0 ? " " : "").append("sheet ").append(sheet);
        }
        if (row > 0) {
            where.append(where.length() > 0 ? (sheet != null ? ", " : " ") : "").append("row ").append(row);
        }
        if (column != null) {
            where.append(where.length() > 0 ? ", " : "").append("column ").append(column);
        }
        return where.length() == 0 ? message : where + ": " + message;
    }
}
