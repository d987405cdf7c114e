package org.concord.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.common.QuietLibraries;
import org.concord.forms.xlsform.FormFiles;
import org.concord.forms.xlsform.Sheet;
import org.concord.forms.xlsform.SheetSet;

/** Writes a form as an XLSForm {@code .xlsx} workbook with the sheets survey, choices and settings. */
public final class XlsFormWriter {
    static {
        QuietLibraries.apply();
    }

    private XlsFormWriter() {
    }

    /**
     * Writes the form's canonical sheets to {@code xlsx}, every cell as text, so that loading the workbook gives the
     * same form and the same SHA-256. The file is written next to the target and moved into place, so a failed write
     * never leaves half a workbook.
     */
    public static void write(Form form, Path xlsx) {
        SheetSet sheets = FormSources.parse(form.source().text());
        Path target = xlsx.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            java.util.List<Sheet> all = new java.util.ArrayList<>(
                    java.util.Arrays.asList(sheets.survey(), sheets.choices(), sheets.settings()));
            all.addAll(sheets.extra().values());
            for (Sheet sheet : all) {
                if (sheet != null && sheet.name().startsWith(FormFiles.PREFIX)) {
                    FormFiles.write(sheet, target.getParent());
                } else if (sheet != null) {
                    write(workbook.createSheet(sheet.name()), sheet, bold);
                }
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                workbook.write(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // The original error is the one worth reporting.
            }
            throw new UncheckedIOException("cannot write " + xlsx + ": " + e.getMessage(), e);
        }
    }

    private static void write(XSSFSheet out, Sheet sheet, CellStyle bold) {
        if (sheet.header().isEmpty()) {
            return;
        }
        Row header = out.createRow(0);
        for (int c = 0; c < sheet.header().size(); c++) {
            header.createCell(c).setCellValue(sheet.header().get(c));
            header.getCell(c).setCellStyle(bold);
        }
        List<List<String>> rows = sheet.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = out.createRow(r + 1);
            for (int c = 0; c < rows.get(r).size(); c++) {
                String value = rows.get(r).get(c);
                if (!value.isEmpty()) {
                    row.createCell(c).setCellValue(value);
                }
            }
        }
        out.createFreezePane(0, 1);
        for (int c = 0; c < Math.min(sheet.header().size(), 4); c++) {
            out.setColumnWidth(c, 20 * 256);
        }
    }
}
