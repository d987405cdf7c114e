package org.concord.study.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.concord.forms.Form;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.common.OutputFile;
import org.concord.common.QuietLibraries;
import org.concord.study.FieldworkSession;
import org.concord.study.LocalAuthority;
import org.concord.study.ResponseRow;
import org.concord.study.Study;

/**
 * Writes a study as a workbook with the sheets {@code Responses} (wide: one row per participant, one column per
 * item), {@code Long} (as the long CSV), {@code Codebook}, {@code LAs} and {@code Sessions}. Streams with POI SXSSF, so
 * memory stays bounded whatever the number of participants. Text is always a string cell, never a formula, and text
 * that a spreadsheet could take for a formula is also marked quote-prefixed ({@link FormulaGuard}).
 */
public final class XlsxExporter {
    /** The sheets, in order. */
    public static final List<String> SHEETS = List.of("Responses", "Long", "Codebook", "LAs", "Sessions");
    /** The columns of {@code Responses} before the item columns. */
    public static final List<String> RESPONSE_COLUMNS = List.of("participant_id", "code", "la_code", "la_name",
            "session_id", "language", "started_at", "completed_at");

    private final Study study;
    private final Form form;
    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle quoted;
    private final CellStyle dateTime;
    private final int maxRows;

    private XlsxExporter(Study study, SXSSFWorkbook workbook, int maxRows) {
        this.study = study;
        this.maxRows = maxRows;
        this.form = study.form();
        this.workbook = workbook;
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
    }

    /**
     * Exports to {@code out} (replaced only once complete) and returns the number of participants written.
     *
     * @param completedOnly true to leave out participants who have not submitted
     */
    public static long export(Study study, Path out, boolean completedOnly) throws IOException {
        return export(study, out, completedOnly, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** As {@link #export(Study, Path, boolean)} with a smaller sheet size, so tests can fill sheets quickly. */
    static long export(Study study, Path out, boolean completedOnly, int maxRows) throws IOException {
        QuietLibraries.apply();
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        try {
            long participants = new XlsxExporter(study, workbook, maxRows).write(completedOnly);
            OutputFile.replace(out, temp -> {
                try (OutputStream os = Files.newOutputStream(temp)) {
                    workbook.write(os);
                }
                return null;
            });
            return participants;
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private long write(boolean completedOnly) {
        List<String> items = new ArrayList<>();
        Map<String, QuestionType> types = new HashMap<>();
        ItemOrder order = new ItemOrder(form);
        for (Question q : form.questions()) {
            if ((q.type().isAnswerable() || q.type() == QuestionType.CALCULATE) && !order.isRepeated(q)) {
                items.add(q.name());
                types.put(q.name(), q.type());
            }
        }
        List<String> extras = new ArrayList<>();
        for (String item : study.answeredItems()) {
            if (!types.containsKey(item)) {
                // Repeated answers (name[i]) and answers of items that are not in the form (another form version).
                extras.add(item);
            }
        }
        extras.sort(order);
        items.addAll(extras);
        for (String item : extras) {
            Question repeated = order.questionOf(item);
            if (repeated != null) {
                types.put(item, repeated.type());
            }
        }
        Map<String, Integer> positions = ExportFiles.positions(form);
        int formSize = form.questions().size();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            column.put(items.get(i), RESPONSE_COLUMNS.size() + i);
        }
        SXSSFSheet wide = sheet("Responses", concat(RESPONSE_COLUMNS, items));
        // A sheet holds at most 1,048,576 rows: a longer Long sheet continues on "Long (2)", "Long (3)", ...
        SXSSFSheet[] longSheet = {sheet("Long", LongCsvExporter.HEADER)};
        Map<String, int[]> perLa = new HashMap<>();
        Map<Long, Integer> perSession = new HashMap<>();
        int[] rowNumbers = {1, 1};
        study.forEachParticipant(completedOnly, p -> {
            int[] la = perLa.computeIfAbsent(p.participant().laCode(), k -> new int[2]);
            la[0]++;
            if (p.completedAt() != null) {
                la[1]++;
            }
            perSession.merge(p.participant().sessionId(), 1, Integer::sum);
            Row row = wide.createRow(rowNumbers[0]++);
            text(row, 0, p.participant().id().toString());
            text(row, 1, p.participant().code());
            text(row, 2, p.participant().laCode());
            text(row, 3, p.laName());
            row.createCell(4).setCellValue(p.participant().sessionId());
            text(row, 5, p.participant().language());
            time(row, 6, p.startedAt());
            time(row, 7, p.completedAt());
            List<ResponseRow> answers = ExportFiles.inFormOrder(p.answers(), positions, formSize, order);
            for (ResponseRow r : answers) {
                value(row, column.get(r.item()), r.value(), types.get(r.item()));
                if (rowNumbers[1] == maxRows) {
                    finish(longSheet[0], LongCsvExporter.HEADER.size(), rowNumbers[1]);
                    longSheet[0] = sheet("Long (" + workbook.getNumberOfSheets() + ")", LongCsvExporter.HEADER);
                    rowNumbers[1] = 1;
                }
                Row lr = longSheet[0].createRow(rowNumbers[1]++);
                text(lr, 0, r.participantId().toString());
                text(lr, 1, r.laCode());
                text(lr, 2, r.item());
                value(lr, 3, r.value(), types.get(r.item()));
                text(lr, 4, r.laName());
                time(lr, 5, r.answeredAt());
                text(lr, 6, r.language());
            }
        });
        finish(wide, RESPONSE_COLUMNS.size() + items.size(), rowNumbers[0]);
        finish(longSheet[0], LongCsvExporter.HEADER.size(), rowNumbers[1]);
        new CodebookSheet(this, form).write(sheet("Codebook", CodebookSheet.columns(form)));
        writeLas(perLa);
        writeSessions(perSession);
        return rowNumbers[0] - 1L;
    }

    private void writeLas(Map<String, int[]> perLa) {
        SXSSFSheet sheet = sheet("LAs", List.of("la_code", "la_name", "participants", "completed"));
        Map<String, String> names = new LinkedHashMap<>();
        for (LocalAuthority la : study.las()) {
            names.put(la.code(), la.name());
        }
        for (String code : perLa.keySet()) {
            names.putIfAbsent(code, null);
        }
        int r = 1;
        for (Map.Entry<String, String> la : names.entrySet()) {
            Row row = sheet.createRow(r++);
            text(row, 0, la.getKey());
            text(row, 1, la.getValue());
            int[] n = perLa.getOrDefault(la.getKey(), new int[2]);
            row.createCell(2).setCellValue(n[0]);
            row.createCell(3).setCellValue(n[1]);
        }
        finish(sheet, 4, r);
    }

    private void writeSessions(Map<Long, Integer> perSession) {
        SXSSFSheet sheet = sheet("Sessions", List.of("session_id", "la_code", "researcher", "device", "started_at",
                "ended_at", "participants"));
        int r = 1;
        for (FieldworkSession s : study.sessions()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(s.id());
            text(row, 1, s.laCode());
            text(row, 2, s.researcherInitials());
            text(row, 3, s.device());
            time(row, 4, s.startedAt());
            time(row, 5, s.endedAt());
            row.createCell(6).setCellValue(perSession.getOrDefault(s.id(), 0));
        }
        finish(sheet, 7, r);
    }

    SXSSFSheet sheet(String name, List<String> columns) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(FormulaGuard.isRisky(columns.get(i)) ? quoted : header);
            sheet.setColumnWidth(i, Math.min(60, Math.max(10, columns.get(i).length() + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    void finish(SXSSFSheet sheet, int columns, int rows) {
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        }
    }

    /** A string cell; never a formula, and quote-prefixed when a spreadsheet could take it for one. */
    void text(Row row, int column, String value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (FormulaGuard.isRisky(value)) {
            cell.setCellStyle(quoted);
        }
    }

    private void value(Row row, int column, String value, QuestionType type) {
        if (value == null) {
            return;
        }
        if (type == QuestionType.INTEGER || type == QuestionType.DECIMAL || type == QuestionType.SELECT_ONE) {
            try {
                double number = Double.parseDouble(value);
                if (Double.isFinite(number) && value.matches("-?\\d+(\\.\\d+)?")) {
                    row.createCell(column).setCellValue(number);
                    return;
                }
            } catch (NumberFormatException e) {
                // not a number: written as text
            }
        }
        text(row, column, value);
    }

    private void time(Row row, int column, Instant instant) {
        if (instant == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        cell.setCellStyle(dateTime);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
