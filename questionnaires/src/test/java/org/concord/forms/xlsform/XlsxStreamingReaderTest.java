package org.concord.forms.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.common.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming workbook reader ({@link XlsxSheets}) reads every workbook exactly as POI's object model read it
 * before ({@link ObjectModelSheets}): each test writes a workbook with POI, or by hand as the XML parts other
 * writers produce, and compares the two readings sheet by sheet and problem by problem.
 */
class XlsxStreamingReaderTest {
    @TempDir
    Path dir;

    @Test
    void cellTypesReadAsTheObjectModelReadThem() throws IOException {
        Path xlsx = write("types.xlsx", wb -> {
            var survey = wb.createSheet("survey");
            row(survey, 0, "type", "name", "label", "number", "flag", "formula", "date", "rich");
            CellStyle date = style(wb, "yyyy-mm-dd");
            CellStyle dateTime = style(wb, "dd/mm/yyyy hh:mm");
            CellStyle builtinDate = wb.createCellStyle();
            builtinDate.setDataFormat((short) 14);
            CellStyle time = style(wb, "h:mm");
            CellStyle twoDecimals = style(wb, "0.00");
            CellStyle percent = style(wb, "0%");
            CellStyle thousands = style(wb, "#,##0");
            CellStyle text = style(wb, "@");
            double[] numbers = {1, 0, -3, 2.5, 0.1 + 0.2, 20260101, 1e15, 123456789.125, 1.0 / 3, 1e-7, 42};
            CellStyle[] formats = {null, twoDecimals, percent, thousands, text, null, null, twoDecimals, null, null,
                builtinDate};
            for (int i = 0; i < numbers.length; i++) {
                Row r = row(survey, i + 1, "integer", "n" + i, "Number " + i);
                r.createCell(3).setCellValue(numbers[i]);
                if (formats[i] != null) {
                    r.getCell(3).setCellStyle(formats[i]);
                }
                r.createCell(4).setCellValue(i % 2 == 0);
                var f = r.createCell(5);
                switch (i % 4) {
                    case 0 -> {
                        f.setCellFormula("1+" + i);
                        f.setCellValue(1 + i);
                    }
                    case 1 -> {
                        f.setCellFormula("\"a\"&\"b\"");
                        f.setCellValue("ab");
                    }
                    case 2 -> {
                        f.setCellFormula("TRUE()");
                        f.setCellValue(true);
                    }
                    default -> {
                        f.setCellFormula("1/0");
                        f.setCellErrorValue(FormulaError.DIV0.getCode());
                    }
                }
                var d = r.createCell(6);
                d.setCellValue(LocalDateTime.of(2026, 12, 2, 9, 30).plusDays(i));
                d.setCellStyle(i % 3 == 0 ? date : i % 3 == 1 ? dateTime : time);
            }
            XSSFRichTextString rich = new XSSFRichTextString("bold and plain");
            XSSFFont bold = (XSSFFont) wb.createFont();
            bold.setBold(true);
            rich.applyFont(0, 4, bold);
            survey.getRow(1).createCell(7).setCellValue(rich);
            survey.getRow(2).createCell(7).setCellErrorValue(FormulaError.NA.getCode());
            survey.getRow(3).createCell(7).setCellValue("line one\nline two\r\nthree");
            survey.getRow(4).createCell(7).setCellValue("  spaced  ");
            survey.getRow(5).createCell(7).setCellValue("Cymraeg: ŵ ŷ, tab\tand literal _x0041_");
            var dateFormula = survey.getRow(6).createCell(7);
            dateFormula.setCellFormula("DATE(2026,1,31)");
            dateFormula.setCellValue(LocalDate.of(2026, 1, 31));
            dateFormula.setCellStyle(date);
            var choices = wb.createSheet("choices");
            row(choices, 0, "list_name", "name", "label");
            for (int i = 1; i <= 3; i++) {
                row(choices, i, "yn", null, "Choice " + i).createCell(1).setCellValue(i);
            }
            var settings = wb.createSheet("settings");
            row(settings, 0, "form_id", "version");
            row(settings, 1, "types").createCell(1).setCellValue(2026120201L);
        });
        SheetSet streamed = sameAsObjectModel(xlsx);
        assertThat(streamed.survey().rows().get(0)).containsExactly("integer", "n0", "Number 0", "1", "TRUE", "1",
                "2026-12-02", "bold and plain");
        assertThat(streamed.survey().rows().get(1).subList(3, 8))
                .containsExactly("0.00", "FALSE", "ab", "03/12/2026 09:30", "#N/A");
        assertThat(streamed.settings().rows().get(0)).containsExactly("types", "2026120201");
    }

    @Test
    void gapsInRowsAndBetweenRowsKeepTheirPlaces() throws IOException {
        Path xlsx = write("gaps.xlsx", wb -> {
            var survey = wb.createSheet("survey");
            row(survey, 0, "type", null, "name", "label");
            row(survey, 1, "text", null, "a", "A");
            row(survey, 4, "text", null, "b");
            row(survey, 5, null, null, null, "label only");
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            survey.createRow(7).createCell(9).setCellStyle(wrap);
            row(survey, 8, "note", "stray", "n", "Note", null, null, "far right");
            survey.createRow(20).createCell(0).setCellValue("   ");
            survey.createRow(1_048_000).createCell(3).setCellStyle(wrap);
        });
        SheetSet streamed = sameAsObjectModel(xlsx);
        // Values without a header (B9, G9) keep their columns, and so every column up to G, so that the form's check
        // can name their letters in its warnings (pyxform ignores them).
        assertThat(streamed.survey().header()).containsExactly("type", "", "name", "label", "", "", "");
        assertThat(streamed.survey().rows()).hasSize(8);
        assertThat(streamed.survey().rows().get(7)).containsExactly("note", "stray", "n", "Note", "", "", "far right");
        assertThat(streamed.problems()).isEmpty();
    }

    @Test
    void aHeaderBelowRowOneIsReadWhereItIs() throws IOException {
        Path xlsx = write("low-header.xlsx", wb -> {
            var survey = wb.createSheet("survey");
            row(survey, 2, "type", "name", "label");
            row(survey, 3, "text", "q", "Question");
        });
        SheetSet streamed = sameAsObjectModel(xlsx);
        assertThat(streamed.survey().header()).as("row 1 is empty: every column is without a header")
                .containsExactly("", "", "");
        assertThat(streamed.survey().rows()).hasSize(3);
        assertThat(streamed.problems()).isEmpty();
    }

    @Test
    void sheetsAreFoundByNameInAnyCaseAndOrderHiddenOrNot() throws IOException {
        Path xlsx = write("sheets.xlsx", wb -> {
            row(wb.createSheet("Notes"), 0, "type", "name", "label");
            wb.getSheet("Notes").getRow(0).createCell(3).setCellValue("not a form sheet");
            row(wb.createSheet("Settings"), 0, "form_title");
            wb.getSheet("Settings").createRow(1).createCell(0).setCellValue("Hidden order");
            row(wb.createSheet("external_choices"), 0, "list_name", "name", "label");
            row(wb.getSheet("external_choices"), 1, "town", "t1", "Town 1");
            row(wb.createSheet(" SURVEY "), 0, "type", "name", "label");
            row(wb.getSheet(" SURVEY "), 1, "text", "q", "Question");
            wb.setSheetVisibility(wb.getSheetIndex(" SURVEY "), SheetVisibility.HIDDEN);
            row(wb.createSheet("Choices"), 0, "list_name", "name", "label");
            row(wb.createSheet("entities"), 0, "list_name", "label");
            wb.setSheetVisibility(wb.getSheetIndex("entities"), SheetVisibility.VERY_HIDDEN);
        });
        SheetSet streamed = sameAsObjectModel(xlsx);
        assertThat(streamed.survey().rows()).containsExactly(List.of("text", "q", "Question"));
        assertThat(streamed.settings().rows()).containsExactly(List.of("Hidden order"));
        assertThat(streamed.extra().keySet()).containsExactly("external_choices", "entities");
    }

    @Test
    void aStreamedWorkbookWithInlineStringsReads() throws IOException {
        Path xlsx = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            var survey = wb.createSheet("survey");
            row(survey, 0, "type", "name", "label");
            for (int i = 1; i <= 50; i++) {
                row(survey, i, "integer", "q" + i, "Question " + i);
            }
            var choices = wb.createSheet("choices");
            row(choices, 0, "list_name", "name", "label");
            row(choices, 1, "l", null, "One").createCell(1).setCellValue(1);
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            assertThat(new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8)).contains("t=\"inlineStr\"").doesNotContain("t=\"s\"");
        }
        SheetSet streamed = sameAsObjectModel(xlsx);
        assertThat(streamed.survey().rows()).hasSize(50);
        assertThat(streamed.choices().rows()).containsExactly(List.of("l", "1", "One"));
    }

    @Test
    void handWrittenPartsReadAsTheObjectModelReadThem() throws IOException {
        // What other writers produce: no styles part, rows and cells without references, a column's default style,
        // inline rich text with a phonetic guide, escapes, array and shared formulas, error cells without a code.
        Map<String, String> parts = basicParts(true);
        parts.put("xl/styles.xml", """
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>
                <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs>
                <dxfs count="1"><dxf><numFmt numFmtId="165" formatCode="0.000"/></dxf></dxfs>
                </styleSheet>""");
        parts.put("xl/worksheets/sheet1.xml", sheet("""
                <cols><col min="4" max="4" style="1"/></cols>
                <sheetData>
                <row><c t="inlineStr"><is><t>type</t></is></c><c t="inlineStr"><is><t>name</t></is></c>
                  <c t="inlineStr"><is><t>label</t></is></c><c t="inlineStr"><is><t>default</t></is></c>
                  <c t="inlineStr"><is><t>hint</t></is></c></row>
                <row><c t="inlineStr"><is><r><t>te</t></r><r><rPr><b/></rPr><t>xt</t></r>
                  <rPh sb="0" eb="1"><t>PHONETIC</t></rPh></is></c><c t="str"><v>q_x0031_</v></c>
                  <c t="s"><v>0</v></c><c><v>46000</v></c><c s="2"><v>0.125</v></c></row>
                <row r="4"><c r="A4" t="s"><v>1</v></c><c r="B4" t="s"><v>99</v></c><c r="C4" t="e"/>
                  <c r="D4" s="7"><v>46001</v></c><c r="E4" t="b"><v>0</v></c></row>
                <row r="5"><c r="A5" t="inlineStr"><is><t>integer</t></is></c><c r="B5" t="inlineStr"><is><t>n</t></is></c>
                  <c r="C5"><f t="array" ref="C5:D6">ROW()</f><v>5</v></c><c r="D5"><v>5</v></c>
                  <c r="E5"><f t="shared" ref="E5:E6" si="0">1+1</f><v>2</v></c></row>
                <row r="6"><c r="A6" t="inlineStr"><is><t>text</t></is></c><c r="B6" t="inlineStr"><is><t>m</t></is></c>
                  <c r="C6"><v>6</v></c><c r="D6"/><c r="E6"><f t="shared" si="0"/></c></row>
                </sheetData>"""));
        parts.put("xl/sharedStrings.xml", """
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
                <si><t xml:space="preserve">Shared _x000D_ label</t></si><si><r><t>no</t></r><r><t>te</t></r></si></sst>""");
        Path xlsx = writeParts("hand.xlsx", parts);
        SheetSet streamed = sameAsObjectModel(xlsx);
        assertThat(streamed.survey().rows().get(0)).containsExactly("text", "q1", "Shared \n label", "2025-12-09",
                "12.50%");
        // D6 is in the array formula's range without a cached value: 0, in the column's date format.
        assertThat(streamed.survey().rows().get(4)).containsExactly("text", "m", "6", "1899-12-31", "0");
    }

    @Test
    void aWorkbookInThe1904DateSystemReadsItsDates() throws IOException {
        Path xlsx = write("mac.xlsx", wb -> {
            var ct = ((XSSFWorkbook) wb).getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            var survey = wb.createSheet("survey");
            row(survey, 0, "type", "name", "label", "default");
            var cell = row(survey, 1, "date", "d", "When?").createCell(3);
            cell.setCellValue(1000);
            cell.setCellStyle(style(wb, "yyyy-mm-dd"));
        });
        assertThat(sameAsObjectModel(xlsx).survey().rows().get(0).get(3)).isEqualTo("1906-09-27");
    }

    @Test
    void whatIsNotAWorkbookIsAProblemNamingTheFile() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "type,name,label\n");
        SheetSet streamed = XlsxSheets.read(text);
        assertThat(streamed.survey()).isNull();
        assertThat(streamed.problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("notes.xlsx: not a readable .xlsx workbook (")
                .endsWith("); save it from Excel or LibreOffice as .xlsx");
        assertThat(ObjectModelSheets.read(text).problems()).extracting(Problem::toString).singleElement()
                .asString().startsWith("notes.xlsx: not a readable .xlsx workbook (");

        Map<String, String> parts = basicParts(false);
        parts.put("xl/worksheets/sheet1.xml", sheet("""
                <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>type</t></is></c></row>
                <row r="2"><c r="A2"><v>twelve</v></c></row></sheetData>"""));
        SheetSet bad = XlsxSheets.read(writeParts("bad-number.xlsx", parts));
        assertThat(bad.problems()).extracting(Problem::toString).containsExactly("bad-number.xlsx sheet survey, "
                + "row 2, column A: the number cell holds \"twelve\", which is not a number; type the value again "
                + "in Excel or LibreOffice and save the workbook as .xlsx");

        parts.put("xl/workbook.xml", parts.get("xl/workbook.xml").replace("name=\"survey\"", "name=\"questions\""));
        // The lone sheet "questions" could be the survey (pyxform reads it so): its bad cell is reported too.
        assertThat(XlsxSheets.read(writeParts("no-survey.xlsx", parts)).problems())
                .extracting(Problem::toString).containsExactly("no-survey.xlsx sheet questions, row 2, column A: "
                        + "the number cell holds \"twelve\", which is not a number; type the value again in Excel or "
                        + "LibreOffice and save the workbook as .xlsx", "no-survey.xlsx sheet survey: missing sheet "
                        + "survey; an XLSForm workbook needs a sheet named survey (and choices and settings)");
    }

    /** Reads {@code xlsx} both ways, asserts the two readings are equal, and returns the streamed one. */
    private static SheetSet sameAsObjectModel(Path xlsx) {
        SheetSet streamed = XlsxSheets.read(xlsx);
        SheetSet model = ObjectModelSheets.read(xlsx);
        assertThat(model.problems()).as("problems of the object model")
                .noneMatch(p -> p.message().startsWith("not a readable"));
        assertThat(streamed.survey()).as("survey").isEqualTo(model.survey());
        assertThat(streamed.choices()).as("choices").isEqualTo(model.choices());
        assertThat(streamed.settings()).as("settings").isEqualTo(model.settings());
        assertThat(streamed.extra()).as("extra sheets").isEqualTo(model.extra());
        assertThat(streamed.problems()).as("problems").isEqualTo(model.problems());
        return streamed;
    }

    @FunctionalInterface
    private interface Filler {
        void fill(Workbook wb) throws IOException;
    }

    private Path write(String name, Filler filler) throws IOException {
        Path xlsx = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            filler.fill(wb);
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        return xlsx;
    }

    private static CellStyle style(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    private static Row row(org.apache.poi.ss.usermodel.Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
        return row;
    }

    /** The parts of a one-sheet workbook (sheet "survey" at xl/worksheets/sheet1.xml), without the sheet itself. */
    private static Map<String, String> basicParts(boolean sharedStrings) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml"
                  ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml"
                  ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/styles.xml"
                  ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                <Override PartName="/xl/sharedStrings.xml"
                  ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                </Types>""");
        parts.put("_rels/.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Target="xl/workbook.xml"
                  Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
                </Relationships>""");
        parts.put("xl/workbook.xml", """
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                  xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="survey" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        String rels = """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Target="/xl/worksheets/sheet1.xml"
                  Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>
                <Relationship Id="rId2" Target="styles.xml"
                  Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"/>
                """;
        if (sharedStrings) {
            rels += """
                    <Relationship Id="rId3" Target="sharedStrings.xml"
                      Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>
                    """;
        }
        parts.put("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
        return parts;
    }

    private static String sheet(String body) {
        return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + body
                + "</worksheet>";
    }

    private Path writeParts(String name, Map<String, String> parts) throws IOException {
        Path xlsx = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return xlsx;
    }
}
