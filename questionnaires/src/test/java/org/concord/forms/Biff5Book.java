package org.concord.forms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes an Excel 5.0/95 workbook (BIFF5) record by record, as Excel 95 lays it out: a "Book" stream in an OLE2
 * file holding the globals (BOF, CODEPAGE, FORMAT, XF, one BOUNDSHEET per sheet with the offset of its BOF, EOF)
 * and then each sheet (BOF, cell records, EOF). For tests: POI cannot write this format.
 */
final class Biff5Book {
    private final int codepage;
    private final Charset charset;
    private final List<String> names = new ArrayList<>();
    private final List<ByteArrayOutputStream> sheets = new ArrayList<>();
    private final ByteArrayOutputStream formats = new ByteArrayOutputStream();
    private int styles;
    private boolean obfuscated;

    Biff5Book(int codepage) {
        this.codepage = codepage;
        this.charset = Charset.forName(codepage == 1252 ? "windows-1252" : "windows-" + codepage);
        record(formats, 0x00E0, xf(0)); // cell style 0: General
        styles = 1;
    }

    /** Adds number format {@code code} under {@code id} with a cell style using it; returns the style's index. */
    int format(int id, String code) {
        byte[] text = code.getBytes(charset);
        record(formats, 0x041E, le(3 + text.length).putShort((short) id).put((byte) text.length).put(text).array());
        record(formats, 0x00E0, xf(id));
        return styles++;
    }

    /** Marks the workbook password-protected (a FILEPASS record after its BOF), as Excel 95 writes it. */
    Biff5Book obfuscated() {
        obfuscated = true;
        return this;
    }

    /** Starts a new sheet; the cell methods write to it. */
    Biff5Book sheet(String name) {
        names.add(name);
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        record(sheet, 0x0809, bof(0x0010));
        sheets.add(sheet);
        return this;
    }

    Biff5Book label(int row, int column, String text) {
        byte[] bytes = text.getBytes(charset);
        record(current(), 0x0204, cell(row, column, 0, 2 + bytes.length).putShort((short) bytes.length).put(bytes)
                .array());
        return this;
    }

    Biff5Book labels(int row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null) {
                label(row, c, texts[c]);
            }
        }
        return this;
    }

    Biff5Book number(int row, int column, int xf, double value) {
        record(current(), 0x0203, cell(row, column, xf, 8).putDouble(value).array());
        return this;
    }

    /** An RK cell holding {@code hundredths} / 100. */
    Biff5Book rk(int row, int column, int hundredths) {
        record(current(), 0x027E, cell(row, column, 0, 4).putInt(hundredths << 2 | 3).array());
        return this;
    }

    /** A MULRK record: integer RK values from {@code firstColumn} on. */
    Biff5Book mulRk(int row, int firstColumn, int... integers) {
        ByteBuffer b = le(6 + 6 * integers.length).putShort((short) row).putShort((short) firstColumn);
        for (int value : integers) {
            b.putShort((short) 0).putInt(value << 2 | 2);
        }
        record(current(), 0x00BD, b.putShort((short) (firstColumn + integers.length - 1)).array());
        return this;
    }

    Biff5Book bool(int row, int column, boolean value) {
        record(current(), 0x0205, cell(row, column, 0, 2).put((byte) (value ? 1 : 0)).put((byte) 0).array());
        return this;
    }

    /** A formula (its tokens left out: only its cached value is read) with a cached number. */
    Biff5Book formula(int row, int column, double cached) {
        record(current(), 0x0006, cell(row, column, 0, 16).putDouble(cached).array());
        return this;
    }

    /** A formula with a cached boolean. */
    Biff5Book formula(int row, int column, boolean cached) {
        long booleanResult = 0xFFFFL << 48 | (cached ? 1L : 0L) << 16 | 1;
        record(current(), 0x0006, cell(row, column, 0, 16).putLong(booleanResult).array());
        return this;
    }

    /** A formula whose cached value is {@code text}, held in the STRING record after it. */
    Biff5Book formula(int row, int column, String text) {
        long stringResult = 0xFFFFL << 48;
        record(current(), 0x0006, cell(row, column, 0, 16).putLong(stringResult).array());
        byte[] bytes = text.getBytes(charset);
        record(current(), 0x0207, le(2 + bytes.length).putShort((short) bytes.length).put(bytes).array());
        return this;
    }

    /** Writes the workbook to {@code file}. */
    Path write(Path file) throws IOException {
        List<byte[]> boundSheets = new ArrayList<>();
        for (String name : names) {
            byte[] bytes = name.getBytes(charset);
            boundSheets.add(le(7 + bytes.length).putInt(0).put((byte) 0).put((byte) 0).put((byte) bytes.length)
                    .put(bytes).array());
        }
        int offset = 4 + 8 + (obfuscated ? 4 + 4 : 0) + 4 + 2 + formats.size() + 4;
        for (byte[] b : boundSheets) {
            offset += 4 + b.length;
        }
        ByteArrayOutputStream book = new ByteArrayOutputStream();
        record(book, 0x0809, bof(0x0005));
        if (obfuscated) {
            record(book, 0x002F, le(4).putShort((short) 0x1234).putShort((short) 0x5678).array());
        }
        record(book, 0x0042, le(2).putShort((short) codepage).array());
        book.writeBytes(formats.toByteArray());
        for (int i = 0; i < names.size(); i++) {
            ByteBuffer.wrap(boundSheets.get(i)).order(ByteOrder.LITTLE_ENDIAN).putInt(0, offset);
            record(book, 0x0085, boundSheets.get(i));
            offset += sheets.get(i).size() + 4;
        }
        record(book, 0x000A, new byte[0]);
        for (ByteArrayOutputStream sheet : sheets) {
            book.writeBytes(sheet.toByteArray());
            record(book, 0x000A, new byte[0]);
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(book.toByteArray()), "Book");
            fs.writeFilesystem(out);
        }
        return file;
    }

    private ByteArrayOutputStream current() {
        return sheets.get(sheets.size() - 1);
    }

    private static byte[] bof(int type) {
        return le(8).putShort((short) 0x0500).putShort((short) type).putShort((short) 0x0DBB).putShort((short) 1995)
                .array();
    }

    private static byte[] xf(int format) {
        return le(16).putShort((short) 0).putShort((short) format).array();
    }

    private static ByteBuffer cell(int row, int column, int xf, int rest) {
        return le(6 + rest).putShort((short) row).putShort((short) column).putShort((short) xf);
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void record(ByteArrayOutputStream out, int sid, byte[] data) {
        out.writeBytes(le(4).putShort((short) sid).putShort((short) data.length).array());
        out.writeBytes(data);
    }
}
