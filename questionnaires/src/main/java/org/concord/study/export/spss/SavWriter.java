package org.concord.study.export.spss;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.study.export.wide.BinaryOut;
import org.concord.study.export.wide.Variable;
import org.concord.study.export.wide.VariableKind;
import org.concord.study.export.wide.VariableStats;
import org.concord.study.export.wide.WideData;
import org.concord.study.export.wide.WideRow;

/**
 * Writes a wide table as an SPSS system file ({@code .sav}) as GNU PSPP documents the format: UTF-8 (character
 * encoding record and code page 65001), long variable names, very long strings, variable and value labels,
 * measurement levels and display widths, times as SPSS date-times (seconds since 14 October 1582), unanswered as
 * system-missing, data with bytecode compression. Rows are streamed; memory does not grow with the row count.
 */
public final class SavWriter {
    /** The system-missing value. */
    static final double SYSMIS = -Double.MAX_VALUE;
    /** Seconds from the SPSS epoch, 1582-10-14 00:00, to 1970-01-01 00:00 (both in the Gregorian calendar). */
    static final long EPOCH_SECONDS = 12_219_379_200L;
    /** Longest variable label written, in bytes (PSPP reads up to 255). */
    static final int MAX_VARIABLE_LABEL = 255;
    /** Longest value label written, in bytes (SPSS's documented limit). */
    static final int MAX_VALUE_LABEL = 120;
    private static final int FORMAT_A = 1;
    private static final int FORMAT_F = 5;
    private static final int FORMAT_DATETIME = 22;
    private static final byte[] SPACES = "        ".getBytes(StandardCharsets.US_ASCII);

    private final WideData data;
    private final SavLayout layout;
    private final String fileLabel;

    private SavWriter(WideData data, String fileLabel) {
        this.data = data;
        this.layout = new SavLayout(data.variables());
        this.fileLabel = fileLabel == null ? "" : fileLabel;
    }

    /**
     * Writes {@code data} to {@code out}, a new file (commands write to the temporary file that OutputFile renames into place).
     *
     * @param fileLabel the file label (cut to 64 bytes), or null
     * @throws java.nio.file.FileAlreadyExistsException when {@code out} exists
     */
    public static void write(WideData data, Path out, String fileLabel) throws IOException {
        SavWriter writer = new SavWriter(data, fileLabel);
        BinaryOut.create(out, writer::writeTo);
    }

    /** The SPSS names of the variables of {@code data}, in order (what {@link #write} names them). */
    public static List<String> names(List<Variable> variables) {
        return new SavLayout(variables).names;
    }

    private void writeTo(BinaryOut out) throws IOException {
        header(out);
        for (int i = 0; i < layout.variables.size(); i++) {
            variableRecords(out, i);
        }
        for (int i = 0; i < layout.variables.size(); i++) {
            valueLabels(out, i);
        }
        new SavExtensions(layout, data.rowCount()).write(out);
        out.i32(999).i32(0);
        SavCompressor compressor = new SavCompressor(out);
        long[] written = {0};
        data.forEachRow(row -> {
            row(compressor, row);
            written[0]++;
        });
        compressor.finish();
        out.flush();
        if (written[0] != data.rowCount()) {
            throw new IOException("the table gave " + written[0] + " rows, not " + data.rowCount());
        }
    }

    private void header(BinaryOut out) throws IOException {
        out.ascii("$FL2");
        out.fixed("@(#) SPSS DATA FILE Concord".getBytes(StandardCharsets.US_ASCII), 60, ' ');
        out.i32(2).i32(layout.elements).i32(1).i32(0);
        long n = data.rowCount();
        out.i32(n > Integer.MAX_VALUE ? -1 : (int) n);
        out.f64(100.0);
        LocalDateTime now = LocalDateTime.now();
        out.ascii(now.format(DateTimeFormatter.ofPattern("dd MMM yy", Locale.ENGLISH)));
        out.ascii(now.format(DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH)));
        out.fixed(VariableStats.utf8Prefix(fileLabel, 64), 64, ' ');
        out.u8(0).u8(0).u8(0);
    }

    private void variableRecords(BinaryOut out, int i) throws IOException {
        Variable v = layout.variables.get(i);
        int[] widths = layout.segments.get(i);
        String[] shorts = layout.shortNames.get(i);
        for (int s = 0; s < widths.length; s++) {
            boolean labelled = s == 0 && !v.label().isEmpty();
            int format = format(v, widths[s]);
            out.i32(2).i32(widths[s]).i32(labelled ? 1 : 0).i32(0).i32(format).i32(format);
            out.fixed(shorts[s].getBytes(StandardCharsets.US_ASCII), 8, ' ');
            if (labelled) {
                byte[] label = VariableStats.utf8Prefix(v.label(), MAX_VARIABLE_LABEL);
                out.i32(label.length);
                out.fixed(label, (label.length + 3) / 4 * 4, ' ');
            }
            for (int e = 1; e < SavLayout.elementsOf(widths[s]); e++) {
                out.i32(2).i32(-1).i32(0).i32(0).i32(0).i32(0).bytes(SPACES);
            }
        }
    }

    /** The print and write format of a segment. */
    static int format(Variable v, int segmentWidth) {
        return switch (v.kind()) {
            case TEXT -> FORMAT_A << 16 | segmentWidth << 8;
            case TIME -> FORMAT_DATETIME << 16 | 20 << 8;
            case NUMBER -> FORMAT_F << 16 | numberWidth(v) << 8 | Math.min(16, v.decimals());
        };
    }

    /** The width of a number's F format: room for the widest whole part, a sign, the point and the decimals. */
    static int numberWidth(Variable v) {
        if (Double.isNaN(v.min())) {
            return 8;
        }
        double big = Math.max(Math.abs(v.min()), Math.abs(v.max()));
        int digits = big < 1 ? 1 : (int) Math.floor(Math.log10(big)) + 1;
        int width = digits + (v.min() < 0 ? 1 : 0) + (v.decimals() > 0 ? v.decimals() + 1 : 0);
        return Math.min(40, Math.max(8, width));
    }

    private void valueLabels(BinaryOut out, int i) throws IOException {
        Variable v = layout.variables.get(i);
        if (v.valueLabels().isEmpty() || v.kind() == VariableKind.TEXT) {
            return;
        }
        out.i32(3).i32(v.valueLabels().size());
        for (Map.Entry<Long, String> e : v.valueLabels().entrySet()) {
            out.f64(e.getKey());
            byte[] label = VariableStats.utf8Prefix(e.getValue(), MAX_VALUE_LABEL);
            out.u8(label.length);
            out.fixed(label, (label.length + 1 + 7) / 8 * 8 - 1, ' ');
        }
        out.i32(4).i32(1).i32(layout.firstElement[i] + 1);
    }

    private void row(SavCompressor c, WideRow row) throws IOException {
        for (int i = 0; i < layout.variables.size(); i++) {
            Variable v = layout.variables.get(i);
            switch (v.kind()) {
                case NUMBER -> c.number(Double.isNaN(row.numbers[i]) ? SYSMIS : row.numbers[i]);
                case TIME -> c.number(Double.isNaN(row.numbers[i]) ? SYSMIS
                        : row.numbers[i] / 1000.0 + EPOCH_SECONDS);
                case TEXT -> text(c, row.texts[i], layout.segments.get(i));
            }
        }
    }

    private static void text(SavCompressor c, String value, int[] widths) throws IOException {
        int total = widths.length == 1 ? widths[0]
                : (widths.length - 1) * SavLayout.SEGMENT_STEP + widths[widths.length - 1];
        byte[] b = value == null ? new byte[0] : VariableStats.utf8Prefix(value, total);
        int from = 0;
        for (int width : widths) {
            int take = Math.max(0, Math.min(b.length - from, Math.min(width, SavLayout.SEGMENT)));
            c.string(b, from, take, SavLayout.elementsOf(width));
            from += take;
        }
    }
}
