package org.concord.stats.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Cell writing for the report: one shared style per kind (a workbook has a limited number of styles), numbers as
 * numeric cells with a format, undefined numbers as empty cells, and text always as a string cell.
 *
 * <p>Why text can never run: an XSSF string cell is stored as a shared string ({@code t="s"}), which Excel and
 * LibreOffice show as text whatever it begins with ({@code =}, {@code +}, {@code -}, {@code @}); only cells with a
 * formula element are evaluated, and this class never writes one. A leading apostrophe is therefore not needed (and
 * would become part of the text); the {@code quotePrefixed} style is set as well, so that even a user who edits the
 * cell and presses Enter keeps it as text.
 */
final class Cells {
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle bold;
    final CellStyle title;
    final CellStyle integer;
    final CellStyle dec1;
    final CellStyle dec3;
    final CellStyle pValue;

    Cells(XSSFWorkbook wb) {
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        Font titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setQuotePrefixed(true);
        text = wb.createCellStyle();
        text.setQuotePrefixed(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrap = wb.createCellStyle();
        wrap.setQuotePrefixed(true);
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
        bold.setQuotePrefixed(true);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        title = wb.createCellStyle();
        title.setFont(titleFont);
        title.setQuotePrefixed(true);
        integer = number(wb, "0");
        dec1 = number(wb, "0.0");
        dec3 = number(wb, "0.000");
        pValue = number(wb, "[<0.0001]\"< 0.0001\";0.0000"); // still a number; shown as < 0.0001 when tiny
    }

    private static CellStyle number(XSSFWorkbook wb, String format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    /** A text cell (never a formula); null writes nothing. */
    Cell text(Sheet sheet, int r, int c, String value, CellStyle style) {
        if (value == null) {
            return null;
        }
        // A blank cell set to a String becomes a STRING cell (shared string); createCell(c, STRING) would first store
        // an empty string and then replace it, which costs twice as much at national scale.
        Cell cell = row(sheet, r).createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    Cell text(Sheet sheet, int r, int c, String value) {
        return text(sheet, r, c, value, text);
    }

    /** A numeric cell with a format; null, NaN and infinities leave the cell empty (undefined). */
    Cell number(Sheet sheet, int r, int c, Double value, CellStyle style) {
        if (value == null || !Double.isFinite(value)) {
            return null;
        }
        Cell cell = row(sheet, r).createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** A header row with frozen panes above the data and an auto-filter over {@code lastRow}. */
    void table(Sheet sheet, int headerRow, String[] headers, int lastRow) {
        for (int c = 0; c < headers.length; c++) {
            text(sheet, headerRow, c, headers[c], header);
        }
        row(sheet, headerRow).setHeightInPoints(30f); // two lines: headers wrap in narrow numeric columns
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(lastRow, headerRow + 1), 0,
                headers.length - 1));
    }

    /**
     * Sets a row's height for wrapped text of this length in a column this many characters wide (spreadsheet programs
     * do not grow rows for wrapped text written by a library).
     */
    static void fitRow(Sheet sheet, int r, int textLength, int columnChars) {
        int lines = Math.max(1, (int) Math.ceil(textLength * 1.1 / Math.max(1, columnChars)));
        Row row = row(sheet, r);
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), 15f * lines));
    }

    /** Sets column widths in characters. */
    static void widths(Sheet sheet, int... chars) {
        for (int c = 0; c < chars.length; c++) {
            sheet.setColumnWidth(c, Math.min(255, chars[c]) * 256);
        }
    }
}
