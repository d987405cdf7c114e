package org.concord.forms.xlsform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.common.Problem;
import org.concord.common.QuietLibraries;

/**
 * The workbook reader Concord had before the streaming one: it loads POI's whole object model ({@link XSSFWorkbook}).
 * Kept as the reference that {@link XlsxSheets} must read every workbook exactly as.
 */
final class ObjectModelSheets {
    static {
        QuietLibraries.apply();
    }

    private ObjectModelSheets() {
    }

    /** Reads {@code survey}, {@code choices} and {@code settings} (sheet names match in any case). */
    static SheetSet read(Path xlsx) {
        String file = xlsx.getFileName().toString();
        String formName = file.replaceFirst("(?i)\\.xlsx$", "");
        List<Problem> problems = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Sheet survey = sheet(workbook, "survey", file, formatter, problems);
            Sheet choices = sheet(workbook, "choices", file, formatter, problems);
            Sheet settings = sheet(workbook, "settings", file, formatter, problems);
            if (survey == null) {
                problems.add(new Problem(file, "survey", 0, null, "missing sheet survey; an XLSForm workbook needs "
                        + "a sheet named survey (and choices and settings)"));
            }
            if (settings == null) {
                settings = new Sheet("settings", file, "settings", List.of(), List.of());
            }
            java.util.Map<String, Sheet> extra = new java.util.LinkedHashMap<>();
            for (String name : SheetSet.EXTRA_SHEETS) {
                Sheet sheet = sheet(workbook, name, file, formatter, problems);
                if (sheet != null) {
                    extra.put(name, sheet);
                }
            }
            return new SheetSet(formName, survey, choices, settings, problems, extra);
        } catch (IOException | RuntimeException e) {
            // POI signals a file that is not a workbook with several unchecked exceptions.
            problems.add(Problem.ofFile(file, "not a readable .xlsx workbook (" + e.getMessage()
                    + "); save it from Excel or LibreOffice as .xlsx"));
            return new SheetSet(formName, null, null, null, problems);
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name, String file, DataFormatter formatter,
                               List<Problem> problems) {
        XSSFSheet found = null;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (workbook.getSheetName(i).strip().equalsIgnoreCase(name)) {
                found = workbook.getSheetAt(i);
                break;
            }
        }
        if (found == null) {
            return null;
        }
        // Only physical rows are visited, and blank cells at the end of a row are dropped: a sheet formatted down to
        // row 1,048,576 must not cost a million rows.
        java.util.TreeMap<Integer, List<String>> present = new java.util.TreeMap<>();
        for (Row row : found) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(text(row.getCell(c), formatter));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty()) {
                present.put(row.getRowNum(), cells);
            }
        }
        List<List<String>> grid = new ArrayList<>();
        int last = present.isEmpty() ? -1 : present.lastKey();
        for (int r = 0; r <= last; r++) {
            grid.add(present.getOrDefault(r, List.of()));
        }
        return Sheet.of(name, file, name, grid, problems);
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            // A form is data, not a calculation: use the value Excel last computed.
            return switch (cell.getCachedFormulaResultType()) {
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                        cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
                case STRING -> cell.getStringCellValue();
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                default -> "";
            };
        }
        return formatter.formatCellValue(cell);
    }
}
