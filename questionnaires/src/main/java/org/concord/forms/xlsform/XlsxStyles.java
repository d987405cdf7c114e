package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The number formats of a workbook's cell styles ({@code styles.xml}), which decide how a number cell reads: a date
 * shows as a date, {@code 0.00} keeps two decimals. Style {@code i} is the {@code i}-th {@code xf} of
 * {@code cellXfs}; its format is a custom {@code numFmt} or one of Excel's built-in formats, as POI resolves it.
 */
final class XlsxStyles {
    /** A number format: Excel's format id and its format code (null or blank when the id is unknown). */
    record NumberFormat(int id, String code) {
    }

    /** The styles of a workbook without a styles part: one default style in the General format. */
    static final XlsxStyles DEFAULT = new XlsxStyles(List.of(new NumberFormat(0, "General")));

    private final List<NumberFormat> styles;

    private XlsxStyles(List<NumberFormat> styles) {
        this.styles = styles;
    }

    /** The number format of style {@code index}, or null when there is no such style. */
    NumberFormat format(int index) {
        return index >= 0 && index < styles.size() ? styles.get(index) : null;
    }

    /** Whether {@code index} names a style. */
    boolean has(int index) {
        return index >= 0 && index < styles.size();
    }

    /** Reads the {@code numFmts} and {@code cellXfs} of a styles part. */
    static XlsxStyles read(XMLStreamReader xml) throws XMLStreamException {
        Map<Integer, String> custom = new HashMap<>();
        List<Integer> ids = new ArrayList<>();
        boolean inCellXfs = false;
        boolean inNumFmts = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                inCellXfs &= !xml.getLocalName().equals("cellXfs");
                inNumFmts &= !xml.getLocalName().equals("numFmts");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "numFmts" -> inNumFmts = true;
                case "numFmt" -> {
                    // Only the workbook's formats: a differential format (dxf) has its own numFmt elements.
                    Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                    String code = xml.getAttributeValue(null, "formatCode");
                    if (inNumFmts && id != null && code != null) {
                        custom.put((int) id.shortValue(), code);
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                        ids.add(id == null ? 0 : id);
                    }
                }
                default -> {
                    // fonts, fills, borders, cell style xfs, colours: nothing that changes a cell's text
                }
            }
        }
        List<NumberFormat> styles = new ArrayList<>(ids.size());
        for (int id : ids) {
            // POI reads the id as a short; a custom format wins over a built-in one with the same id.
            int shortId = (short) id;
            String code = custom.get(shortId);
            styles.add(new NumberFormat(shortId, code != null ? code : BuiltinFormats.getBuiltinFormat(shortId)));
        }
        return new XlsxStyles(styles);
    }

    private static Integer integer(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
