package org.concord.study.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.concord.common.OutputFile;
import org.concord.study.ParticipantAnswers;
import org.concord.study.ResponseRow;
import org.concord.study.Study;

/**
 * Writes a study's responses as the long CSV of the design: UTF-8 with a byte-order mark, header
 * {@code participant_id,la_code,item,value,la_name,answered_at,language}, one row per current answer (a cleared answer
 * has a blank value), participants in the order they started and items in form order; a repeated answer is one row
 * with item {@code name[i]} (instance {@code i}, 1-based). Streams: memory holds one
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
        return OutputFile.replace(out, temp -> {
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp),
                    StandardCharsets.UTF_8), 1 << 16)) {
                return write(study, writer, completedOnly);
            }
        });
    }

    /**
     * Writes the CSV (with its byte-order mark) to {@code writer} and returns the number of rows. The study is read on
     * a second thread while this one formats and writes, through a small bounded queue, so that a large export uses
     * two cores and memory stays bounded.
     */
    public static long write(Study study, Writer writer, boolean completedOnly) throws IOException {
        Map<String, Integer> positions = ExportFiles.positions(study.form());
        int formSize = study.form().questions().size();
        ItemOrder order = new ItemOrder(study.form());
        writer.write('\uFEFF');
        writeRecord(writer, HEADER.toArray(new String[0]));
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            try {
                study.forEachParticipant(completedOnly, p -> hand(queue, p, stop));
                hand(queue, END, stop);
            } catch (RuntimeException e) {
                if (!stop.get()) {
                    hand(queue, e, stop);
                }
            }
        }, "concord-export-reader");
        reader.setDaemon(true);
        reader.start();
        long rows = 0;
        IsoTime time = new IsoTime();
        String[] record = new String[HEADER.size()];
        try {
            while (true) {
                Object next = queue.take();
                if (next == END) {
                    break;
                }
                if (next instanceof RuntimeException e) {
                    throw e;
                }
                ParticipantAnswers p = (ParticipantAnswers) next;
                List<ResponseRow> answers = ExportFiles.inFormOrder(p.answers(), positions, formSize, order);
                // The same for every row of a participant: computed once.
                record[0] = p.participant().id().toString();
                record[1] = FormulaGuard.csv(p.participant().laCode());
                record[4] = p.laName() == null ? "" : FormulaGuard.csv(p.laName());
                for (ResponseRow r : answers) {
                    record[2] = FormulaGuard.csv(r.item());
                    record[3] = r.value() == null ? "" : FormulaGuard.csv(r.value());
                    record[5] = time.format(r.answeredAt());
                    record[6] = r.language() == null ? "" : FormulaGuard.csv(r.language());
                    writeRecord(writer, record);
                    rows++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("export interrupted");
        } finally {
            stop.set(true);
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writer.flush();
        return rows;
    }

    private static final Object END = new Object();

    /** Hands an item to the writer; gives up (ending the read) once the writer has stopped. */
    private static void hand(BlockingQueue<Object> queue, Object item, AtomicBoolean stop) {
        try {
            while (!stop.get()) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new CancellationException("the export stopped");
    }

    /** One RFC 4180 record: a cell is quoted when it holds a comma, quote, CR or LF; lines end with CRLF. */
    static void writeRecord(Writer writer, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            String cell = cells[i];
            if (needsQuotes(cell)) {
                writer.write('"');
                writer.write(cell.replace("\"", "\"\""));
                writer.write('"');
            } else {
                writer.write(cell);
            }
        }
        writer.write("\r\n");
    }

    private static boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
