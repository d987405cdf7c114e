package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.concord.common.Problem;

/**
 * Reads one worksheet part as a stream, cell by cell, into the text a spreadsheet shows: numbers and dates in their
 * cell's number format, booleans as {@code TRUE}/{@code FALSE}, the value Excel last computed for a formula, shared,
 * inline and rich text strings as their plain text. Only rows that hold a non-blank cell are kept, so a sheet
 * formatted down to row 1,048,576 costs what its XML costs to scan, not a million rows.
 */
final class XlsxSheetReader {
    /** A cell that cannot be read, with the problem naming its file, sheet, row and column. */
    static final class BadCellException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        BadCellException(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    /** A range of cells covered by an array formula (0-based, inclusive). */
    private record Range(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        boolean contains(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
        }
    }

    private final List<String> sharedStrings;
    private final XlsxStyles styles;
    private final boolean date1904;
    private DataFormatter formatter;
    /** The default style of each column ({@code cols}), by 1-based column ranges; null entries mean none. */
    private final List<int[]> columnStyles = new ArrayList<>();
    private final List<Range> arrayFormulas = new ArrayList<>();

    // The sheet and the cell being read.
    private String file;
    private String sheet;
    private String type;
    private int style;
    private boolean formula;
    private String value;
    private String inline;

    XlsxSheetReader(List<String> sharedStrings, XlsxStyles styles, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /**
     * Reads a worksheet part: the non-blank rows by 0-based row number, each the text of its cells from column A up
     * to its last non-blank cell.
     */
    TreeMap<Integer, List<String>> read(XMLStreamReader xml, String file, String sheet) throws XMLStreamException {
        this.file = file;
        this.sheet = sheet;
        TreeMap<Integer, List<String>> present = new TreeMap<>();
        int lastRow = -1;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "col" -> columnStyle(xml);
                case "row" -> {
                    // A writer may leave out row numbers: the row then follows the last one, as POI reads it.
                    int row = number(xml.getAttributeValue(null, "r"), lastRow + 2) - 1;
                    lastRow = Math.max(lastRow, row);
                    List<String> cells = row(xml, row);
                    while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                        cells.remove(cells.size() - 1);
                    }
                    if (cells.isEmpty()) {
                        present.remove(row); // a later row with the same number replaces an earlier one
                    } else if (row >= 0) {
                        present.put(row, cells);
                    }
                }
                default -> {
                    // sheet properties, views, merged cells, conditional formats...: not part of the text
                }
            }
        }
        return present;
    }

    private void columnStyle(XMLStreamReader xml) {
        int min = number(xml.getAttributeValue(null, "min"), 0);
        int max = number(xml.getAttributeValue(null, "max"), min);
        columnStyles.add(new int[] {min, max, number(xml.getAttributeValue(null, "style"), 0)});
    }

    /** Reads the cells of the row element the reader is on, up to its end tag. */
    private List<String> row(XMLStreamReader xml, int row) throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        int lastColumn = -1;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                return cells;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!xml.getLocalName().equals("c")) {
                XlsxText.skip(xml);
                continue;
            }
            String ref = xml.getAttributeValue(null, "r");
            int column = ref == null ? lastColumn + 1 : column(ref, lastColumn + 1);
            lastColumn = Math.max(lastColumn, column);
            String text = cell(xml, row, column);
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, text);
        }
    }

    /** Reads the {@code c} element the reader is on, up to its end tag, and returns the cell's text. */
    private String cell(XMLStreamReader xml, int row, int column) throws XMLStreamException {
        type = xml.getAttributeValue(null, "t");
        String s = xml.getAttributeValue(null, "s");
        style = s == null ? -1 : number(s, -1);
        formula = false;
        value = null;
        inline = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break; // the end of c: its children are read to their ends below
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "v" -> value = xml.getElementText();
                case "is" -> inline = XlsxText.richText(xml);
                case "f" -> {
                    String kind = xml.getAttributeValue(null, "t");
                    formula = !"dataTable".equals(kind); // POI reads a data table's cells by their values
                    if ("array".equals(kind)) {
                        arrayFormula(xml.getAttributeValue(null, "ref"));
                    }
                    XlsxText.skip(xml);
                }
                default -> XlsxText.skip(xml);
            }
        }
        if (!formula) {
            for (Range range : arrayFormulas) {
                formula |= range.contains(row, column);
            }
        }
        return formula ? formulaText(row, column) : text(row, column);
    }

    /** The text of a plain cell, as POI's {@code DataFormatter.formatCellValue} gives it. */
    private String text(int row, int column) {
        return switch (type == null ? "n" : type) {
            case "n" -> value == null ? "" : number(row, column, true);
            case "s", "inlineStr", "str" -> string();
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            case "e" -> error();
            case "d" -> value == null ? "" : value; // an ISO 8601 date, as the cell holds it
            default -> throw bad(row, column, "the cell has the unknown type \"" + type + "\"");
        };
    }

    /** The value a formula cell's formula last computed (its cached value), as today's reader gives it. */
    private String formulaText(int row, int column) {
        return switch (type == null ? "n" : type) {
            case "n" -> number(row, column, false);
            case "s", "inlineStr", "str" -> string();
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            case "d" -> value == null ? "" : value;
            default -> ""; // an error value, or nothing computed
        };
    }

    private String string() {
        return switch (type) {
            case "s" -> {
                try {
                    int index = Integer.parseInt(value.strip());
                    yield index >= 0 && index < sharedStrings.size() ? sharedStrings.get(index) : "";
                } catch (NumberFormatException | NullPointerException e) {
                    yield "";
                }
            }
            case "inlineStr" -> inline != null ? inline : value != null ? XlsxText.decode(value) : "";
            default -> value == null ? "" : XlsxText.decode(value);
        };
    }

    /** An error cell's code as Excel shows it ({@code #N/A}); POI reads one without a code as {@code #NULL!}. */
    private String error() {
        return value == null ? FormulaError.NULL.getString() : value;
    }

    /**
     * A number cell's text in its style's number format. A plain cell honours the 1904 date system and shows a
     * number without a known format as Java prints a double ({@code 1.0}); a formula's cached number is formatted as
     * the 1900 system and General would show it, as before.
     */
    private String number(int row, int column, boolean plain) {
        double number;
        try {
            number = value == null || value.isBlank() ? 0.0 : Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw bad(row, column, "the number cell holds \"" + value + "\", which is not a number");
        }
        XlsxStyles.NumberFormat format = format(column);
        if (format == null || format.code() == null || format.code().isBlank()) {
            return Double.toString(number);
        }
        if (formatter == null) {
            formatter = new DataFormatter(Locale.ROOT);
        }
        return plain ? formatter.formatRawCellContents(number, format.id(), format.code(), date1904)
                : formatter.formatRawCellContents(number, format.id(), format.code());
    }

    private BadCellException bad(int row, int column, String what) {
        return new BadCellException(new Problem(file, sheet, row + 1, Sheet.columnLetter(column), what
                + "; type the value again in Excel or LibreOffice and save the workbook as .xlsx"));
    }

    /** The cell's own style, else its column's default style, else the workbook's default style. */
    private XlsxStyles.NumberFormat format(int column) {
        if (style >= 0 && styles.has(style)) {
            return styles.format(style);
        }
        int columnStyle = 0;
        for (int[] range : columnStyles) {
            if (column + 1 >= range[0] && column + 1 <= range[1]) {
                columnStyle = range[2];
                break;
            }
        }
        return styles.format(columnStyle);
    }

    private void arrayFormula(String ref) {
        if (ref == null) {
            return;
        }
        String[] ends = ref.split(":");
        int firstRow = number(ends[0].replaceAll("[^0-9]", ""), 0) - 1;
        int firstColumn = column(ends[0], -1);
        String last = ends.length > 1 ? ends[1] : ends[0];
        int lastRow = number(last.replaceAll("[^0-9]", ""), 0) - 1;
        int lastColumn = column(last, -1);
        if (firstRow >= 0 && firstColumn >= 0 && lastRow >= firstRow && lastColumn >= firstColumn) {
            arrayFormulas.add(new Range(firstRow, lastRow, firstColumn, lastColumn));
        }
    }

    /** The 0-based column of a cell reference such as {@code AB12}, or {@code fallback} when it has no letters. */
    static int column(String ref, int fallback) {
        int column = 0;
        boolean letters = false;
        for (int i = 0; i < ref.length(); i++) {
            char ch = Character.toUpperCase(ref.charAt(i));
            if (ch >= 'A' && ch <= 'Z') {
                column = column * 26 + (ch - 'A' + 1);
                letters = true;
            } else if (ch != '$') {
                break;
            }
        }
        return letters ? column - 1 : fallback;
    }

    /** A whole number attribute (or the digits of a cell reference), or {@code fallback} when there is none. */
    private static int number(String text, int fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        int start = 0;
        while (start < text.length() && !Character.isDigit(text.charAt(start))) {
            start++;
        }
        try {
            return Integer.parseInt(text.substring(start).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
