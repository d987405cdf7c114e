package org.concord.forms.xlsform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CodepageRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.OldLabelRecord;
import org.apache.poi.hssf.record.OldSheetRecord;
import org.apache.poi.hssf.record.OldStringRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.util.CodePageUtil;
import org.concord.common.Problem;

/**
 * Reads an Excel 5.0/95 workbook (BIFF5, a "Book" stream in an OLE2 file), which POI's HSSF refuses, into the same
 * sheets as {@link XlsSheets} reads from an Excel 97-2003 workbook: labels in the workbook's code page (its CODEPAGE
 * record, Windows-1252 when there is none), numbers in their cell's number format (XF and FORMAT records),
 * booleans as {@code TRUE}/{@code FALSE}, errors as Excel shows them and a formula's cached value.
 */
final class XlsOldSheets {
    private static final int BOF = BOFRecord.biff5_sid;
    private static final int BIFF5 = 0x0500;
    private static final int EOF = 0x000A;
    private static final int FILEPASS = 0x002F;
    private static final int DATEMODE = 0x0022;
    private static final int FORMAT = 0x041E;
    private static final int XF = 0x00E0;
    private static final int FORMULA = 0x0006;
    private static final int RSTRING = 0x00D6;
    private static final int WORKSHEET = 0;

    private final byte[] book;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final Map<Integer, String> formats = new HashMap<>();
    private final List<Integer> xfFormats = new ArrayList<>();
    private final List<OldSheetRecord> sheets = new ArrayList<>();
    private CodepageRecord codepage;
    private boolean date1904;
    private boolean encrypted;

    private XlsOldSheets(byte[] book) {
        this.book = book;
    }

    /** The sheet set of the Excel 5.0/95 workbook {@code xls}, or its problem, naming the file. */
    static SheetSet read(Path xls, String formName, String file) {
        List<Problem> problems = new ArrayList<>();
        try {
            byte[] book;
            try (POIFSFileSystem fs = new POIFSFileSystem(xls.toFile(), true);
                 InputStream in = fs.createDocumentInputStream("Book")) {
                book = in.readAllBytes();
            }
            XlsOldSheets reader = new XlsOldSheets(book);
            if (!reader.globals()) {
                return XlsSheets.failed(formName, file, problems, "an Excel 2.x-4.0 workbook, older than the .xls "
                        + "formats Concord reads (Excel 5.0/95 and 97-2003); open it in Excel or LibreOffice and save it "
                        + "as .xlsx");
            }
            if (reader.encrypted) {
                return XlsSheets.failed(formName, file, problems, XlsSheets.PASSWORD_PROTECTED);
            }
            List<String> names = new ArrayList<>();
            List<List<List<String>>> grids = new ArrayList<>();
            for (OldSheetRecord sheet : reader.sheets) {
                names.add(sheet.getSheetname());
                try {
                    grids.add(reader.grid(sheet));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("sheet " + sheet.getSheetname() + ": " + e.getMessage(), e);
                }
            }
            return XlsSheets.assemble(formName, file, names, grids::get, problems);
        } catch (IOException | RuntimeException e) {
            return XlsSheets.failed(formName, file, problems, "not a readable Excel 5.0/95 workbook ("
                    + e.getMessage() + "); open it in Excel or LibreOffice and save it again, or as .xlsx");
        }
    }

    /** Reads the workbook globals (code page, date system, formats, sheets); false for an Excel 2.x-4.0 book. */
    private boolean globals() {
        RecordInputStream in = records(0);
        if (!in.hasNextRecord()) {
            throw new IllegalStateException("the Book stream is empty");
        }
        in.nextRecord();
        int first = in.getSid();
        if (first == BOFRecord.biff2_sid || first == BOFRecord.biff3_sid || first == BOFRecord.biff4_sid) {
            return false;
        }
        if (first != BOF || new BOFRecord(in).getVersion() != BIFF5) {
            throw new IllegalStateException("the Book stream does not start as an Excel 5.0/95 workbook");
        }
        skipRest(in);
        while (in.hasNextRecord()) {
            in.nextRecord();
            int sid = in.getSid();
            switch (sid) {
                case FILEPASS -> encrypted = true;
                case CodepageRecord.sid -> codepage = new CodepageRecord(in);
                case DATEMODE -> date1904 = in.readUShort() == 1;
                case FORMAT -> formats.put(in.readUShort(), string(in, in.readUByte()));
                case XF -> {
                    in.readUShort(); // the font
                    xfFormats.add(in.readUShort());
                }
                case OldSheetRecord.sid -> {
                    OldSheetRecord sheet = new OldSheetRecord(in);
                    sheet.setCodePage(codepage);
                    if (((Number) sheet.getGenericProperties().get("type").get()).intValue() == WORKSHEET) {
                        sheets.add(sheet);
                    }
                }
                default -> {
                    // a record that does not change how cells read
                }
            }
            skipRest(in);
            if (sid == EOF || encrypted) {
                break;
            }
        }
        return true;
    }

    /** The rows of {@code sheet} as text, kept as {@link XlsSheets#addRow} keeps them. */
    private List<List<String>> grid(OldSheetRecord sheet) {
        int offset = sheet.getPositionOfBof();
        if (offset < 0 || offset >= book.length) {
            throw new IllegalStateException("it starts at byte " + offset + ", outside the workbook's "
                    + book.length + " bytes");
        }
        RecordInputStream in = records(offset);
        in.nextRecord();
        if (in.getSid() != BOF) {
            throw new IllegalStateException("it does not start with a BOF record");
        }
        skipRest(in);
        TreeMap<Integer, TreeMap<Integer, String>> cells = new TreeMap<>();
        int[] formulaString = null; // the row and column of a formula whose text is in the next STRING record
        while (in.hasNextRecord()) {
            in.nextRecord();
            int sid = in.getSid();
            switch (sid) {
                case OldLabelRecord.biff345_sid, RSTRING -> {
                    OldLabelRecord label = new OldLabelRecord(in);
                    label.setCodePage(codepage);
                    put(cells, label.getRow(), label.getColumn(), label.getValue());
                }
                case NumberRecord.sid -> {
                    NumberRecord number = new NumberRecord(in);
                    put(cells, number.getRow(), number.getColumn(), number(number.getValue(),
                            number.getXFIndex(), true));
                }
                case RKRecord.sid -> {
                    RKRecord rk = new RKRecord(in);
                    put(cells, rk.getRow(), rk.getColumn(), number(rk.getRKNumber(), rk.getXFIndex(), true));
                }
                case MulRKRecord.sid -> {
                    MulRKRecord rks = new MulRKRecord(in);
                    for (int i = 0; i < rks.getNumColumns(); i++) {
                        put(cells, rks.getRow(), rks.getFirstColumn() + i,
                                number(rks.getRKNumberAt(i), rks.getXFAt(i), true));
                    }
                }
                case BoolErrRecord.sid -> {
                    BoolErrRecord value = new BoolErrRecord(in);
                    put(cells, value.getRow(), value.getColumn(), value.isBoolean()
                            ? bool(value.getBooleanValue()) : FormulaError.forInt(value.getErrorValue()).getString());
                }
                case FORMULA -> formulaString = formula(in, cells);
                case OldStringRecord.biff345_sid -> {
                    OldStringRecord text = new OldStringRecord(in);
                    text.setCodePage(codepage);
                    if (formulaString != null) {
                        put(cells, formulaString[0], formulaString[1], text.getString());
                    }
                }
                default -> {
                    // blank cells and records that hold no cell text
                }
            }
            skipRest(in);
            if (sid == EOF) {
                break;
            }
        }
        List<List<String>> grid = new ArrayList<>();
        cells.forEach((row, columns) -> {
            List<String> texts = new ArrayList<>();
            columns.forEach((column, text) -> {
                while (texts.size() < column) {
                    texts.add("");
                }
                texts.add(text);
            });
            XlsSheets.addRow(grid, row, texts);
        });
        return grid;
    }

    /**
     * Reads a FORMULA record's cached value into {@code cells}: a number as General (1900 dates) shows it, as
     * {@link XlsSheets} reads a formula, a boolean, or an error or empty result as blank. Returns the cell's row and
     * column when its text is in the STRING record that follows, else null.
     */
    private int[] formula(RecordInputStream in, TreeMap<Integer, TreeMap<Integer, String>> cells) {
        int row = in.readUShort();
        int column = in.readUShort();
        int xf = in.readUShort();
        long result = in.readLong();
        if ((result >>> 48) != 0xFFFF) {
            put(cells, row, column, number(Double.longBitsToDouble(result), xf, false));
            return null;
        }
        int type = (int) (result & 0xFF);
        if (type == 1) {
            put(cells, row, column, bool(((result >>> 16) & 0xFF) != 0));
        }
        return type == 0 ? new int[] {row, column} : null;
    }

    /** A number in the format of cell style {@code xf}, as {@link XlsSheets} formats a number of a BIFF8 cell. */
    private String number(double number, int xf, boolean plain) {
        int id = xf >= 0 && xf < xfFormats.size() ? xfFormats.get(xf) : 0;
        String code = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
        if (code == null || code.isBlank()) {
            return Double.toString(number);
        }
        return plain ? formatter.formatRawCellContents(number, id, code, date1904)
                : formatter.formatRawCellContents(number, id, code);
    }

    private static String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    private static void put(TreeMap<Integer, TreeMap<Integer, String>> cells, int row, int column, String text) {
        cells.computeIfAbsent(row, r -> new TreeMap<>()).put(column, text);
    }

    /** {@code length} bytes of text in the workbook's code page. */
    private String string(RecordInputStream in, int length) {
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        int page = codepage == null ? CodePageUtil.CP_WINDOWS_1252 : codepage.getCodepage() & 0xFFFF;
        try {
            return CodePageUtil.getStringFromCodePage(bytes, page);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("code page " + page + " is not known", e);
        }
    }

    private RecordInputStream records(int offset) {
        return new RecordInputStream(new ByteArrayInputStream(book, offset, book.length - offset));
    }

    private static void skipRest(RecordInputStream in) {
        if (in.remaining() > 0) {
            in.readRemainder();
        }
    }
}
