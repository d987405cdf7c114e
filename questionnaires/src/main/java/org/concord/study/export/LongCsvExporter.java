package org.concord.study.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.concord.study.ParticipantAnswers;
import org.concord.study.ResponseRow;
import org.concord.study.Study;

/**
 * Writes a study's responses as the long CSV of the design: UTF-8 with a byte-order mark, header
 * {@code participant_id,la_code,item,value,la_name,answered_at,language}, one row per current answer (a cleared answer
 * has a blank value), participants in the order they started and items in form order. Streams: memory holds one
 * participant at a time. Text cells are guarded against formula injection ({@link FormulaGuard}).
 */
public final class LongCsvExporter {
    /** The header; the first four columns are what analysis reads. */
    public static final List<String> HEADER = List.of("participant_id", "la_code", "item", "value", "la_name",
            "answered_at", "language");

    private LongCsvExporter() {
    }

    /**
     * Exports to {@code out} (replaced only once the export is complete) and returns the number of rows written.
     *
     * @param completedOnly true to leave out participants who have not submitted
     */
    public static long export(Study study, Path out, boolean completedOnly) throws IOException {
        Path temp = ExportFiles.tempBeside(out);
        try {
            long rows;
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp),
                    StandardCharsets.UTF_8), 1 << 16)) {
                rows = write(study, writer, completedOnly);
            }
            ExportFiles.moveIntoPlace(temp, out);
            return rows;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes the CSV (with its byte-order mark) to {@code writer} and returns the number of rows. */
    public static long write(Study study, Writer writer, boolean completedOnly) throws IOException {
        Comparator<ResponseRow> order = ExportFiles.formOrder(study.form());
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        csv.printRecord(HEADER);
        long[] rows = {0};
        IOException[] failure = {null};
        study.forEachParticipant(completedOnly, (ParticipantAnswers p) -> {
            if (failure[0] != null) {
                return;
            }
            List<ResponseRow> answers = new ArrayList<>(p.answers());
            answers.sort(order);
            try {
                for (ResponseRow r : answers) {
                    csv.printRecord(r.participantId(), FormulaGuard.csv(r.laCode()), FormulaGuard.csv(r.item()),
                            r.value() == null ? "" : FormulaGuard.csv(r.value()),
                            r.laName() == null ? "" : FormulaGuard.csv(r.laName()),
                            r.answeredAt() == null ? "" : r.answeredAt().toString(),
                            r.language() == null ? "" : FormulaGuard.csv(r.language()));
                    rows[0]++;
                }
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        csv.flush();
        return rows[0];
    }
}
