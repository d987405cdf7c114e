package org.concord.stats.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.concord.common.CsvInput;

/**
 * The records of a CSV file read in one streaming pass over its bytes, as {@link CsvInput} reads them (commons-csv's
 * default format: comma, double quotes with {@code ""} inside, CR, LF or CRLF line ends, empty lines skipped, a
 * byte-order mark skipped), without a {@code String} for each cell: a cell is a range of the buffer until the caller
 * asks for its text, and the text of a cell seen before is the same {@code String} again (codes, items and values
 * repeat on every row of a long responses file). Every byte is checked to be strict UTF-8.
 *
 * <p>It never explains a problem: it stops with {@link Malformed} at the record where {@link CsvInput} would refuse
 * the file (not UTF-8, a quote never closed, text after a closing quote), and the caller asks {@link CsvInput} for
 * its words.
 */
final class CsvBytes {
    /** Where reading stopped at a problem that {@link CsvInput} words. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String what) {
            super(what, null, false, false);
        }
    }

    private static final int CHUNK = 1 << 16;
    /** The most distinct texts kept for reuse (free-text answers do not repeat; codes and values do). */
    private static final int MAX_TEXTS = 1 << 18;

    private final InputStream in;
    private byte[] buf = new byte[4 * CHUNK];
    private int pos;
    private int limit;
    private boolean eof;
    private int recordStart;
    /** How many bytes of the file lie before the buffer's first byte (grows when a refill moves the record). */
    private long base;
    private int cells;
    private int[] starts = new int[16];
    private int[] ends = new int[16];

    private String[] texts = new String[1 << 12];
    private byte[][] keys = new byte[1 << 12][];
    private int[] hashes = new int[1 << 12];
    private int textCount;
    /** By cell number: the key and text last returned (a participant's id, LA code and name repeat row after row). */
    private byte[][] lastKeys = new byte[16][];
    private String[] lastTexts = new String[16];

    CsvBytes(InputStream in) throws IOException {
        this.in = in;
        while (limit < 3 && fill() > 0) {
            // a byte-order mark is looked for in the first three bytes
        }
        if (limit - pos >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
        }
    }

    /** The number of cells of the record last read. */
    int cells() {
        return cells;
    }

    /** The length in bytes of a cell of the record last read. */
    int length(int cell) {
        return ends[cell] - starts[cell];
    }

    /** The length in UTF-16 characters of a cell, as {@link String#length()} would count it. */
    int chars(int cell) {
        int n = 0;
        for (int i = starts[cell]; i < ends[cell]; i++) {
            int b = buf[i] & 0xFF;
            n += (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;
        }
        return n;
    }

    /** The text of a cell, or null when the record has fewer cells. */
    String text(int cell) {
        if (cell < 0 || cell >= cells) {
            return null;
        }
        int from = starts[cell];
        int to = ends[cell];
        byte[] lastKey = cell < lastKeys.length ? lastKeys[cell] : null;
        if (lastKey != null && Arrays.equals(lastKey, 0, lastKey.length, buf, from, to)) {
            return lastTexts[cell];
        }
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + buf[i];
        }
        int mask = texts.length - 1;
        for (int k = h & mask; ; k = (k + 1) & mask) {
            byte[] key = keys[k];
            if (key == null) {
                String s = new String(buf, from, to - from, StandardCharsets.UTF_8);
                if (textCount < MAX_TEXTS) {
                    keys[k] = Arrays.copyOfRange(buf, from, to);
                    texts[k] = s;
                    hashes[k] = h;
                    remember(cell, keys[k], s);
                    if (++textCount * 2 > texts.length) {
                        grow();
                    }
                }
                return s;
            }
            if (hashes[k] == h && Arrays.equals(key, 0, key.length, buf, from, to)) {
                remember(cell, key, texts[k]);
                return texts[k];
            }
        }
    }

    private void remember(int cell, byte[] key, String text) {
        if (cell < lastKeys.length) {
            lastKeys[cell] = key;
            lastTexts[cell] = text;
        }
    }

    private void grow() {
        String[] oldTexts = texts;
        byte[][] oldKeys = keys;
        int[] oldHashes = hashes;
        texts = new String[oldTexts.length * 2];
        keys = new byte[texts.length][];
        hashes = new int[texts.length];
        int mask = texts.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int k = oldHashes[i] & mask;
                while (keys[k] != null) {
                    k = (k + 1) & mask;
                }
                keys[k] = oldKeys[i];
                texts[k] = oldTexts[i];
                hashes[k] = oldHashes[i];
            }
        }
    }

    /** Reads the next record; false at the end of the file. */
    boolean next() throws IOException, Malformed {
        cells = 0;
        while (true) { // empty lines are skipped
            recordStart = pos;
            if (pos == limit && !more()) {
                return false;
            }
            byte c = buf[pos];
            if (c != '\n' && c != '\r') {
                break;
            }
            pos++;
        }
        recordStart = pos;
        while (true) {
            if (pos == limit && !more()) {
                cell(pos, pos); // an empty last cell after a comma at the end of the file
                return true;
            }
            if (buf[pos] == '"') {
                quoted();
            } else {
                simple();
            }
            if (pos == limit && !more()) {
                return true;
            }
            byte c = buf[pos++];
            if (c == '\r') {
                if ((pos < limit || more()) && buf[pos] == '\n') {
                    pos++;
                }
                return true;
            } else if (c == '\n') {
                return true;
            }
            // a comma: another cell follows
        }
    }

    /** An unquoted cell: up to a comma, a line end or the end of the file. */
    private void simple() throws IOException, Malformed {
        long from = base + pos; // from the file's start: a refill moves the record within the buffer
        while (true) {
            byte[] b = buf;
            int p = pos;
            int end = limit;
            byte c = 0;
            while (p < end) { // plain ASCII bytes, the usual case, in locals
                c = b[p];
                if (c <= ',' && (c == ',' || c == '\n' || c == '\r' || c < 0)) {
                    break;
                }
                p++;
            }
            pos = p;
            if (p == end) {
                if (!more()) {
                    break;
                }
            } else if (c < 0) {
                utf8();
            } else {
                break;
            }
        }
        cell((int) (from - base), pos);
    }

    /**
     * A quoted cell: {@code ""} is one quote, line ends are part of the cell; after the closing quote only white
     * space up to a comma or a line end. The cell's text is unquoted in place (it only gets shorter). Positions kept
     * across refills count from the file's start.
     */
    private void quoted() throws IOException, Malformed {
        pos++; // the opening quote
        long from = base + pos;
        long out = from;
        while (true) {
            if (pos == limit && !more()) {
                throw new Malformed("a quote never closed");
            }
            byte c = buf[pos];
            if (c == '"') {
                pos++;
                if ((pos < limit || more()) && buf[pos] == '"') {
                    buf[(int) (out++ - base)] = '"';
                    pos++;
                    continue;
                }
                break;
            }
            if (c < 0) {
                long seq = base + pos;
                utf8();
                int at = (int) (seq - base);
                System.arraycopy(buf, at, buf, (int) (out - base), pos - at);
                out += pos - at;
            } else {
                buf[(int) (out++ - base)] = c;
                pos++;
            }
        }
        while (pos < limit || more()) { // white space up to the comma or line end
            byte c = buf[pos];
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            if (c >= 0) {
                if (!Character.isWhitespace((char) c)) {
                    throw new Malformed("text after a closing quote");
                }
                pos++;
            } else {
                int cp = utf8();
                if (cp > 0xFFFF || !Character.isWhitespace((char) cp)) {
                    throw new Malformed("text after a closing quote");
                }
            }
        }
        cell((int) (from - base), (int) (out - base));
    }

    /**
     * Checks the UTF-8 sequence at {@code pos} (a byte of 0x80 or more) as Java's strict decoder does and moves past
     * it; returns its code point.
     */
    private int utf8() throws IOException, Malformed {
        int b0 = buf[pos] & 0xFF;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 1;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 2;
            lo = b0 == 0xE0 ? 0xA0 : 0x80;
            hi = b0 == 0xED ? 0x9F : 0xBF;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 3;
            lo = b0 == 0xF0 ? 0x90 : 0x80;
            hi = b0 == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw new Malformed("not UTF-8");
        }
        while (limit - pos <= n) {
            if (!more()) {
                throw new Malformed("not UTF-8");
            }
        }
        int cp = b0 & (0x3F >> n);
        for (int i = 1; i <= n; i++) {
            int b = buf[pos + i] & 0xFF;
            if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF)) {
                throw new Malformed("not UTF-8");
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        pos += n + 1;
        return cp;
    }

    private void cell(int from, int to) {
        if (cells == starts.length) {
            starts = Arrays.copyOf(starts, cells * 2);
            ends = Arrays.copyOf(ends, cells * 2);
        }
        starts[cells] = from;
        ends[cells] = to;
        cells++;
    }

    /**
     * Reads more of the file behind what the buffer holds, keeping the record being read (moved to the start of the
     * buffer: every offset of it moves by the same amount); false at the end of the file.
     */
    private boolean more() throws IOException {
        if (eof) {
            return false;
        }
        int keep = limit - recordStart;
        int shift = recordStart;
        if (shift > 0) {
            base += shift;
            System.arraycopy(buf, recordStart, buf, 0, keep);
            for (int i = 0; i < cells; i++) {
                starts[i] -= shift;
                ends[i] -= shift;
            }
            recordStart = 0;
            pos -= shift;
            limit -= shift;
        }
        if (buf.length - limit < CHUNK) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        return fill() > 0;
    }

    private int fill() throws IOException {
        int n = in.read(buf, limit, Math.min(CHUNK, buf.length - limit));
        if (n < 0) {
            eof = true;
            return 0;
        }
        limit += n;
        return n;
    }
}
