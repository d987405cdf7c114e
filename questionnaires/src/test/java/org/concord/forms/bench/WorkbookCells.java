package org.concord.forms.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.forms.xlsform.Sheet;
import org.concord.forms.xlsform.SheetSet;
import org.concord.forms.xlsform.XlsSheets;
import org.concord.forms.xlsform.XlsxSheets;

/**
 * Writes every non-empty cell of the survey and choices sheets of the workbooks in an index (bench/real-forms.sh
 * writes it) as Concord reads them: workbook, sheet, column header, text (line breaks as \n). bench/lib/pyxform_cells.py
 * compares them with pyxform's reading of the same workbooks.
 */
public final class WorkbookCells {
    private WorkbookCells() {
    }

    public static void main(String[] args) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            Path xlsx = Path.of(line.split("\t")[0]);
            SheetSet sheets = xlsx.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xls")
                    ? XlsSheets.read(xlsx) : XlsxSheets.read(xlsx);
            for (Sheet sheet : new Sheet[] {sheets.survey(), sheets.choices()}) {
                if (sheet == null) {
                    continue;
                }
                // As the form's check reads them: without the columns that have no header and the rows after a run
                // of empty ones (both ignored with a warning, as pyxform ignores them).
                for (var row : sheet.rows().subList(0, sheet.rowsRead())) {
                    for (int c = 0; c < sheet.header().size(); c++) {
                        if (!row.get(c).isEmpty() && !sheet.header().get(c).isEmpty()) {
                            out.append(line.split("\t")[0]).append('\t').append(sheet.name()).append('\t')
                                    .append(sheet.header().get(c)).append('\t')
                                    .append(row.get(c).replace("\n", "\\n").replace('\t', ' ')).append('\n');
                        }
                    }
                }
            }
        }
        Files.writeString(Path.of(args[1]), out);
    }
}
