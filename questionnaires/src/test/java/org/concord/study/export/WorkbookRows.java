package org.concord.study.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What the export tests read back from a workbook: the Long sheet's items, a header, the codebook's pages. */
final class WorkbookRows {
    private static final DataFormatter CELLS = new DataFormatter();

    private WorkbookRows() {
    }

    /** Exports the study file's workbook to {@code xlsx} and opens it. */
    static XSSFWorkbook exported(java.nio.file.Path studyFile, java.nio.file.Path xlsx) throws java.io.IOException {
        try (org.concord.study.Study study = org.concord.study.Study.openReadOnly(studyFile)) {
            XlsxExporter.export(study, xlsx, false);
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Columns {@code first} and {@code second} of every row after the header, as "first sep second". */
    private static List<String> pairs(XSSFSheet sheet, int first, int second, String separator) {
        List<String> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            rows.add(CELLS.formatCellValue(row.getCell(first)) + separator
                    + CELLS.formatCellValue(row.getCell(second)));
        }
        return rows;
    }

    /** The Long sheet's rows as {@code item=value}. */
    static List<String> longItems(XSSFWorkbook book) {
        return pairs(book.getSheet("Long"), 2, 3, "=");
    }

    /** The Codebook sheet's rows as "item on page". */
    static List<String> codebookPages(XSSFWorkbook book) {
        return pairs(book.getSheet("Codebook"), 0, 1, " on ");
    }

    /** The first row of a sheet. */
    static List<String> header(XSSFWorkbook book, String sheet) {
        List<String> columns = new ArrayList<>();
        book.getSheet(sheet).getRow(0).forEach(c -> columns.add(CELLS.formatCellValue(c)));
        return columns;
    }
}
