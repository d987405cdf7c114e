package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of string cells: the shared strings table ({@code sharedStrings.xml}) and rich text as both it and inline
 * string cells hold it. A rich text's runs are joined, its phonetic guides ({@code rPh}) left out, and Excel's
 * {@code _xHHHH_} escapes of control characters decoded, as Excel shows the cell.
 */
final class XlsxText {
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private XlsxText() {
    }

    /** Reads every {@code si} item of a shared strings part, in order. */
    static List<String> sharedStrings(XMLStreamReader xml) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                strings.add(richText(xml));
            }
        }
        return strings;
    }

    /**
     * Reads the rich text element the reader is on ({@code si} or {@code is}) up to its end: its runs' text joined
     * when it has runs, else its own {@code t}.
     */
    static String richText(XMLStreamReader xml) throws XMLStreamException {
        String plain = null;
        StringBuilder runs = null;
        int depth = 1;
        boolean inRun = false;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth == 1) {
                    inRun = false;
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (depth == 1 && name.equals("t")) {
                    plain = xml.getElementText(); // consumes the end tag
                } else if (depth == 1 && name.equals("r")) {
                    inRun = true;
                    runs = runs == null ? new StringBuilder() : runs;
                    depth++;
                } else if (depth == 2 && inRun && name.equals("t")) {
                    runs.append(xml.getElementText());
                } else {
                    skip(xml); // phonetic runs and properties, and anything else
                }
            }
        }
        return decode(runs != null ? runs.toString() : plain == null ? "" : plain);
    }

    /** Skips the element the reader is on, with its content, up to and including its end tag. */
    static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Decodes Excel's {@code _xHHHH_} escapes (e.g. {@code _x000D_} for a carriage return). */
    static String decode(String text) {
        if (!text.contains("_x")) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            sb.append(text, last, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            last = m.end();
        }
        return last == 0 ? text : sb.append(text, last, text.length()).toString();
    }
}
