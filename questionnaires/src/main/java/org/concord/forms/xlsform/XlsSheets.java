package org.concord.forms.xlsform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.concord.common.Problem;
import org.concord.common.QuietLibraries;

/**
 * Reads the sheets of a legacy XLSForm {@code .xls} workbook (Excel 97-2003, BIFF8) with POI's HSSF, by the same
 * rules as {@link XlsxSheets}: numbers and dates in their cell's number format, booleans as {@code TRUE}/{@code FALSE},
 * a formula's cached value, blank rows kept between rows and dropped at the end, sheet names in any case, a lone
 * sheet read as the survey. The same form saved as .xls and as .xlsx gives the same sheets.
 */
public final class XlsSheets {
    static {
        QuietLibraries.apply();
    }

    /** What a workbook file holds, by its first bytes. */
    public enum Kind {
        /** an OLE2 compound file: an .xls workbook, or an encrypted (password-protected) .xlsx */
        OLE2,
        /** a zip package: an .xlsx workbook */
        ZIP,
        /** neither, or too short to tell */
        OTHER
    }

    /** Why a password-protected workbook is not read, and what to do. */
    static final String PASSWORD_PROTECTED = "the workbook is password-protected; open it in Excel or LibreOffice, "
            + "remove the password and save it again";

    private XlsSheets() {
    }

    /** The kind of {@code file} by its magic bytes ({@code D0 CF 11 E0} for OLE2, {@code PK 03 04} for zip). */
    public static Kind kind(Path file) {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        } catch (IOException e) {
            return Kind.OTHER;
        }
        if (n == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return Kind.OLE2;
        }
        return n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4 ? Kind.ZIP : Kind.OTHER;
    }

    /** Reads {@code survey}, {@code choices} and {@code settings} (and the extra sheets) of an .xls workbook. */
    public static SheetSet read(Path xls) {
        String file = xls.getFileName().toString();
        String formName = file.replaceFirst("(?i)\\.xls$", "");
        List<Problem> problems = new ArrayList<>();
        try (POIFSFileSystem fs = new POIFSFileSystem(xls.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return failed(formName, file, problems, PASSWORD_PROTECTED);
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
                Reader reader = new Reader(workbook);
                List<String> names = new ArrayList<>();
                workbook.forEach(sheet -> names.add(sheet.getSheetName()));
                return assemble(formName, file, names, i -> reader.grid(workbook.getSheetAt(i)), problems);
            }
        } catch (OldExcelFormatException e) {
            return XlsOldSheets.read(xls, formName, file);
        } catch (EncryptedDocumentException e) {
            return failed(formName, file, problems, PASSWORD_PROTECTED);
        } catch (IOException | RuntimeException e) {
            return failed(formName, file, problems, "not a readable .xls workbook (" + e.getMessage()
                    + "); open it in Excel or LibreOffice and save it again, or as .xlsx");
        }
    }

    /**
     * The sheet set of a workbook whose sheets are {@code names} in workbook order, {@code grids} giving the rows
     * of the sheet at an index (read only for the sheets a form uses).
     */
    static SheetSet assemble(String formName, String file, List<String> names,
                             IntFunction<List<List<String>>> grids, List<Problem> problems) {
        return SheetSet.ofWorkbook(formName, file, new Sheets(file, names, grids, problems), problems);
    }

    /**
     * Adds the cells of row {@code rowNum} (0-based) to {@code grid}: trailing blank cells dropped, a row with no
     * text left out, the blank rows before it kept (so rows added in order keep their numbers).
     */
    static void addRow(List<List<String>> grid, int rowNum, List<String> cells) {
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        if (!cells.isEmpty()) {
            while (grid.size() < rowNum) {
                grid.add(List.of());
            }
            grid.add(cells);
        }
    }

    /** The sheets of one workbook by name. */
    private record Sheets(String file, List<String> names, IntFunction<List<List<String>>> grids,
                          List<Problem> problems) implements SheetSet.Workbook<RuntimeException> {
        @Override
        public Sheet sheet(String name) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).strip().equalsIgnoreCase(name)) {
                    return Sheet.of(name, file, name, grids.apply(i), problems);
                }
            }
            return null;
        }

        /** The only sheet read as the survey when it is not an XLSForm sheet and has type and name columns. */
        @Override
        public Sheet onlySheetAsSurvey() {
            if (names.size() != 1) {
                return null;
            }
            String name = names.get(0).strip().toLowerCase(Locale.ROOT);
            if (name.equals("choices") || name.equals("settings") || SheetSet.EXTRA_SHEETS.contains(name)) {
                return null;
            }
            List<Problem> found = new ArrayList<>();
            Sheet sheet = Sheet.of("survey", file, names.get(0), grids.apply(0), found);
            List<String> header = sheet.header().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.contains("type") || !header.contains("name")) {
                return null;
            }
            problems.addAll(found);
            return sheet;
        }
    }

    static SheetSet failed(String formName, String file, List<Problem> problems, String message) {
        problems.add(Problem.ofFile(file, message));
        return new SheetSet(formName, null, null, null, problems);
    }

    /** Reads sheets of one workbook as text cells. */
    private static final class Reader {
        private final boolean date1904;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

        Reader(HSSFWorkbook workbook) {
            this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        }

        /** The rows of {@code sheet} as text, as {@link #addRow} keeps them. */
        List<List<String>> grid(org.apache.poi.ss.usermodel.Sheet sheet) {
            List<List<String>> grid = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    int column = cell.getColumnIndex();
                    while (cells.size() <= column) {
                        cells.add("");
                    }
                    cells.set(column, text(cell));
                }
                addRow(grid, row.getRowNum(), cells);
            }
            return grid;
        }

        /** A cell's text, as {@link XlsxSheetReader} reads the same cell of an .xlsx workbook. */
        private String text(Cell cell) {
            return switch (cell.getCellType()) {
                case NUMERIC -> number(cell, cell.getNumericCellValue(), true);
                case STRING -> cell.getRichStringCellValue().getString();
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
                case FORMULA -> cached(cell);
                default -> "";
            };
        }

        /** The value a formula last computed: a number as General (1900 dates) shows it, an error as blank. */
        private String cached(Cell cell) {
            CellType type = cell.getCachedFormulaResultType();
            return switch (type) {
                case NUMERIC -> number(cell, cell.getNumericCellValue(), false);
                case STRING -> cell.getRichStringCellValue().getString();
                case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                default -> "";
            };
        }

        private String number(Cell cell, double number, boolean plain) {
            CellStyle style = cell.getCellStyle();
            String code = style == null ? null : style.getDataFormatString();
            if (code == null || code.isBlank()) {
                return Double.toString(number);
            }
            short id = style.getDataFormat();
            return plain ? formatter.formatRawCellContents(number, id, code, date1904)
                    : formatter.formatRawCellContents(number, id, code);
        }
    }
}
