package org.concord.study.export.spss;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.concord.study.export.wide.BinaryOut;
import org.concord.study.export.wide.Variable;
import org.concord.study.export.wide.VariableKind;

/**
 * The extension (type 7) records of a system file, in ascending subtype: machine integer info (3, UTF-8 code page
 * 65001), machine floating-point info (4), variable display parameters (11), long variable names (13), very long
 * strings (14), the 64-bit case count (16) and the character encoding (20).
 */
final class SavExtensions {
    private final SavLayout layout;
    private final long rows;

    SavExtensions(SavLayout layout, long rows) {
        this.layout = layout;
        this.rows = rows;
    }

    void write(BinaryOut out) throws IOException {
        out.i32(7).i32(3).i32(4).i32(8);
        out.i32(1).i32(0).i32(0).i32(-1).i32(1).i32(1).i32(2).i32(65001);
        out.i32(7).i32(4).i32(8).i32(3);
        out.f64(SavWriter.SYSMIS).f64(Double.MAX_VALUE).f64(Math.nextUp(-Double.MAX_VALUE));
        displayParameters(out);
        longNames(out);
        veryLongStrings(out);
        out.i32(7).i32(16).i32(8).i32(2).i64(1).i64(rows);
        text(out, 20, "UTF-8".getBytes(StandardCharsets.US_ASCII));
    }

    /** Measure, display width and alignment for every segment (continuation elements have none). */
    private void displayParameters(BinaryOut out) throws IOException {
        int segments = layout.segments.stream().mapToInt(s -> s.length).sum();
        out.i32(7).i32(11).i32(4).i32(3 * segments);
        for (int i = 0; i < layout.variables.size(); i++) {
            Variable v = layout.variables.get(i);
            int measure = switch (v.measure()) {
                case NOMINAL -> 1;
                case ORDINAL -> 2;
                case SCALE -> 3;
            };
            int width = switch (v.kind()) {
                case TEXT -> Math.min(50, Math.max(8, SavLayout.textWidth(v)));
                case TIME -> 20;
                case NUMBER -> SavWriter.numberWidth(v);
            };
            for (int s = 0; s < layout.segments.get(i).length; s++) {
                out.i32(measure).i32(width).i32(v.kind() == VariableKind.TEXT ? 0 : 1);
            }
        }
    }

    /** {@code SHORT=long_name} pairs separated by tabs. */
    private void longNames(BinaryOut out) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < layout.variables.size(); i++) {
            if (i > 0) {
                b.write('\t');
            }
            b.writeBytes((layout.shortNames.get(i)[0] + "=" + layout.names.get(i)).getBytes(StandardCharsets.UTF_8));
        }
        text(out, 13, b.toByteArray());
    }

    /** {@code SHORT=00600} for each very long string, each followed by the bytes 00 09. */
    private void veryLongStrings(BinaryOut out) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < layout.variables.size(); i++) {
            Variable v = layout.variables.get(i);
            if (layout.segments.get(i).length > 1) {
                b.writeBytes(String.format("%s=%05d", layout.shortNames.get(i)[0], SavLayout.textWidth(v))
                        .getBytes(StandardCharsets.US_ASCII));
                b.write(0);
                b.write('\t');
            }
        }
        if (b.size() > 0) {
            text(out, 14, b.toByteArray());
        }
    }

    private static void text(BinaryOut out, int subtype, byte[] bytes) throws IOException {
        out.i32(7).i32(subtype).i32(1).i32(bytes.length).bytes(bytes);
    }
}
