package org.concord.study.export.spss;

import java.io.IOException;
import org.concord.study.export.wide.BinaryOut;

/**
 * The bytecode compression of a system file's data: eight one-byte codes, then the 8-byte values that the codes say
 * follow. A whole number from -99 to 151 is its code (value + bias 100), system-missing is 255, eight spaces 254,
 * and anything else is 253 with its 8 bytes after the codes.
 */
final class SavCompressor {
    private static final int BIAS = 100;
    private final BinaryOut out;
    private final byte[] codes = new byte[8];
    private final byte[] raw = new byte[64];
    private int count;
    private int rawLength;

    SavCompressor(BinaryOut out) {
        this.out = out;
    }

    void number(double v) throws IOException {
        if (v == SavWriter.SYSMIS) {
            code(255);
        } else if (v >= 1 - BIAS && v <= 251 - BIAS && v == Math.rint(v)) {
            code((int) v + BIAS);
        } else {
            long bits = Double.doubleToRawLongBits(v);
            for (int i = 0; i < 8; i++) {
                raw[rawLength++] = (byte) (bits >>> (8 * i));
            }
            code(253);
        }
    }

    /** Writes {@code length} bytes of {@code b} from {@code from} as {@code elements} 8-byte elements, space-padded. */
    void string(byte[] b, int from, int length, int elements) throws IOException {
        int pos = 0;
        for (int e = 0; e < elements; e++) {
            boolean spaces = true;
            int start = rawLength;
            for (int k = 0; k < 8; k++, pos++) {
                byte x = pos < length ? b[from + pos] : (byte) ' ';
                raw[rawLength++] = x;
                spaces &= x == ' ';
            }
            if (spaces) {
                rawLength = start;
                code(254);
            } else {
                code(253);
            }
        }
    }

    private void code(int code) throws IOException {
        codes[count++] = (byte) code;
        if (count == 8) {
            out.bytes(codes);
            out.bytes(raw, 0, rawLength);
            count = 0;
            rawLength = 0;
        }
    }

    /** Writes the last, partly filled group (unused codes are 0, which readers skip). */
    void finish() throws IOException {
        if (count > 0) {
            while (count < 8) {
                codes[count++] = 0;
            }
            out.bytes(codes);
            out.bytes(raw, 0, rawLength);
            count = 0;
            rawLength = 0;
        }
    }
}
