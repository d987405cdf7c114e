package org.concord.study.export.stata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.study.export.wide.BinaryOut;
import org.concord.study.export.wide.Variable;
import org.concord.study.export.wide.VariableStats;
import org.concord.study.export.wide.WideData;
import org.concord.study.export.wide.WideRow;

/**
 * Writes a wide table as a Stata dataset, {@code .dta} format 118 (Stata 14 and later): UTF-8, names of at most 32
 * characters without collisions, variable and value labels, times as {@code %tc} (milliseconds since 1960-01-01),
 * unanswered as Stata's missing value {@code .}, texts over 2045 bytes as {@code strL}. Rows are streamed; the
 * {@code strL} values go to a temporary file and are copied after the data, as the format places them.
 */
public final class DtaWriter {
    /** Milliseconds from 1960-01-01 to 1970-01-01. */
    static final long EPOCH_MILLIS = 315_619_200_000L;
    /** Stata's most variables in format 118. */
    public static final int MAX_VARIABLES = 32_767;
    private static final long MISSING_DOUBLE = 0x7FE0000000000000L;
    private static final int MAX_VALUE_LABEL = 32_000;

    private final WideData data;
    private final DtaColumns columns;
    private final String datasetLabel;

    private DtaWriter(WideData data, String datasetLabel) {
        this.data = data;
        this.columns = new DtaColumns(data.variables());
        this.datasetLabel = datasetLabel == null ? "" : datasetLabel;
    }

    /**
     * Writes {@code data} to {@code out}, a new file (commands write to the temporary file that OutputFile renames into place).
     *
     * @param datasetLabel the dataset label (cut to 80 characters), or null
     * @throws java.nio.file.FileAlreadyExistsException when {@code out} exists
     * @throws IllegalArgumentException                when the table has more than 32,767 variables
     */
    public static void write(WideData data, Path out, String datasetLabel) throws IOException {
        if (data.variables().size() > MAX_VARIABLES) {
            throw new IllegalArgumentException(data.variables().size() + " variables; a Stata 118 dataset holds at"
                    + " most " + MAX_VARIABLES);
        }
        DtaWriter writer = new DtaWriter(data, datasetLabel);
        BinaryOut.create(out, binary -> writer.writeTo(binary, out));
    }

    /** The Stata names of {@code variables}, in order (what {@link #write} names them). */
    public static List<String> names(List<Variable> variables) {
        return new DtaColumns(variables).names;
    }

    private void writeTo(BinaryOut out, Path target) throws IOException {
        int k = columns.variables.size();
        long[] map = new long[14];
        out.ascii("<stata_dta><header><release>118</release><byteorder>LSF</byteorder><K>").i16(k).ascii("</K><N>")
                .i64(data.rowCount()).ascii("</N><label>");
        String label = datasetLabel.codePointCount(0, datasetLabel.length()) > 80
                ? datasetLabel.substring(0, datasetLabel.offsetByCodePoints(0, 80)) : datasetLabel;
        byte[] labelBytes = VariableStats.utf8Prefix(label, 320);
        out.i16(labelBytes.length).bytes(labelBytes).ascii("</label><timestamp>");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", Locale.ENGLISH));
        out.u8(stamp.length()).ascii(stamp).ascii("</timestamp></header>");
        map[1] = out.position();
        out.ascii("<map>");
        for (int i = 0; i < 14; i++) {
            out.i64(0);
        }
        out.ascii("</map>");
        map[2] = section(out, "<variable_types>");
        for (int t : columns.types) {
            out.i16(t);
        }
        out.ascii("</variable_types>");
        map[3] = section(out, "<varnames>");
        for (String name : columns.names) {
            out.fixed(name.getBytes(StandardCharsets.UTF_8), 129, 0);
        }
        out.ascii("</varnames>");
        map[4] = section(out, "<sortlist>");
        for (int i = 0; i <= k; i++) {
            out.i16(0);
        }
        out.ascii("</sortlist>");
        map[5] = section(out, "<formats>");
        for (int i = 0; i < k; i++) {
            out.fixed(columns.format(i).getBytes(StandardCharsets.US_ASCII), 57, 0);
        }
        out.ascii("</formats>");
        map[6] = section(out, "<value_label_names>");
        for (int i = 0; i < k; i++) {
            out.fixed(columns.labelled(i) ? columns.names.get(i).getBytes(StandardCharsets.UTF_8) : new byte[0], 129,
                    0);
        }
        out.ascii("</value_label_names>");
        map[7] = section(out, "<variable_labels>");
        for (int i = 0; i < k; i++) {
            out.fixed(columns.label(i).getBytes(StandardCharsets.UTF_8), 321, 0);
        }
        out.ascii("</variable_labels>");
        map[8] = section(out, "<characteristics>");
        out.ascii("</characteristics>");
        map[9] = section(out, "<data>");
        Path strls = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".strl");
        try {
            try (OutputStream gso = new BufferedOutputStream(Files.newOutputStream(strls), 1 << 16)) {
                DtaRows rows = new DtaRows(columns, out, gso);
                data.forEachRow(rows::row);
                if (rows.count() != data.rowCount()) {
                    throw new IOException("the table gave " + rows.count() + " rows, not " + data.rowCount());
                }
            }
            out.ascii("</data>");
            map[10] = section(out, "<strls>");
            try (InputStream in = Files.newInputStream(strls)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.bytes(buffer, 0, n);
                }
            }
        } finally {
            Files.deleteIfExists(strls);
        }
        out.ascii("</strls>");
        map[11] = section(out, "<value_labels>");
        for (int i = 0; i < k; i++) {
            if (columns.labelled(i)) {
                valueLabels(out, columns.names.get(i), columns.variables.get(i).valueLabels());
            }
        }
        out.ascii("</value_labels>");
        map[12] = out.position();
        out.ascii("</stata_dta>");
        map[13] = out.position();
        for (int i = 0; i < 14; i++) {
            out.patchI64(map[1] + 5 + 8L * i, map[i]);
        }
    }

    private static long section(BinaryOut out, String tag) throws IOException {
        long at = out.position();
        out.ascii(tag);
        return at;
    }

    /** One value-label table: {@code <lbl>}, its length, its name, 3 bytes of padding, then the table. */
    private static void valueLabels(BinaryOut out, String name, Map<Long, String> labels) throws IOException {
        int n = labels.size();
        byte[][] texts = new byte[n][];
        int textLength = 0;
        int i = 0;
        for (String label : labels.values()) {
            texts[i] = VariableStats.utf8Prefix(label, MAX_VALUE_LABEL - 1);
            textLength += texts[i++].length + 1;
        }
        out.ascii("<lbl>").i32(8 + 8 * n + textLength);
        out.fixed(name.getBytes(StandardCharsets.UTF_8), 129, 0).u8(0).u8(0).u8(0);
        out.i32(n).i32(textLength);
        int offset = 0;
        for (byte[] t : texts) {
            out.i32(offset);
            offset += t.length + 1;
        }
        for (Long value : labels.keySet()) {
            out.i32(value.intValue());
        }
        for (byte[] t : texts) {
            out.bytes(t).u8(0);
        }
        out.ascii("</lbl>");
    }

    /** Writes the rows of the data section and the strL values they point to. */
    private static final class DtaRows {
        private final DtaColumns columns;
        private final BinaryOut out;
        private final OutputStream gso;
        private final byte[] header = new byte[20];
        private long count;

        DtaRows(DtaColumns columns, BinaryOut out, OutputStream gso) {
            this.columns = columns;
            this.out = out;
            this.gso = gso;
        }

        long count() {
            return count;
        }

        void row(WideRow row) throws IOException {
            count++;
            int[] types = columns.types;
            for (int i = 0; i < types.length; i++) {
                double x = row.numbers[i];
                switch (types[i]) {
                    case DtaColumns.BYTE -> out.u8(Double.isNaN(x) ? 101 : (int) x);
                    case DtaColumns.INT -> out.i16(Double.isNaN(x) ? 32741 : (int) x);
                    case DtaColumns.LONG -> out.i32(Double.isNaN(x) ? 2147483621 : (int) x);
                    case DtaColumns.DOUBLE -> {
                        if (Double.isNaN(x)) {
                            out.i64(MISSING_DOUBLE);
                        } else {
                            boolean time = columns.variables.get(i).kind()
                                    == org.concord.study.export.wide.VariableKind.TIME;
                            out.f64(time ? x + EPOCH_MILLIS : x);
                        }
                    }
                    case DtaColumns.STRL -> strl(i, row.texts[i]);
                    default -> {
                        String s = row.texts[i];
                        out.fixed(s == null ? new byte[0] : VariableStats.utf8Prefix(s, types[i]), types[i], 0);
                    }
                }
            }
        }

        /** A strL: (v,o) in the row (2 bytes of variable, 6 of observation), the value as a GSO in the spool. */
        private void strl(int variable, String s) throws IOException {
            if (s == null || s.isEmpty()) {
                out.i64(0);
                return;
            }
            long v = variable + 1;
            long o = count;
            out.i64(v | o << 16);
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            java.nio.ByteBuffer h = java.nio.ByteBuffer.wrap(header).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            h.put((byte) 'G').put((byte) 'S').put((byte) 'O').putInt((int) v).putLong(o).put((byte) 130)
                    .putInt(b.length + 1);
            gso.write(header, 0, 20);
            gso.write(b);
            gso.write(0);
        }
    }
}
