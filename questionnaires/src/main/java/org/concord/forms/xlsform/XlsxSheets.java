package org.concord.forms.xlsform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.concord.common.Problem;
import org.concord.common.QuietLibraries;

/**
 * Reads the sheets of an XLSForm {@code .xlsx} workbook. The workbook is streamed part by part ({@link XlsxPackage},
 * {@link XlsxSheetReader}) rather than loaded as POI's object model, so that a form of thousands of rows reads in a
 * fraction of the time and memory; only the sheets a form uses are read.
 */
public final class XlsxSheets {
    static {
        QuietLibraries.apply(); // POI's number formatting logs through the Log4j API
    }

    private XlsxSheets() {
    }

    /**
     * Reads {@code survey}, {@code choices} and {@code settings} (sheet names match in any case). A workbook with one
     * sheet only, not named as an XLSForm sheet ({@code Sheet1}), is read as the survey, as pyxform does.
     */
    public static SheetSet read(Path xlsx) {
        String file = xlsx.getFileName().toString();
        String formName = file.replaceFirst("(?i)\\.xlsx$", "");
        List<Problem> problems = new ArrayList<>();
        try (XlsxPackage workbook = XlsxPackage.open(xlsx)) {
            return SheetSet.ofWorkbook(formName, file, new Reader(workbook, file, problems), problems);
        } catch (XlsxSheetReader.BadCellException e) {
            problems.add(e.problem());
            return new SheetSet(formName, null, null, null, problems);
        } catch (Exception e) { // IOException, XMLStreamException or a RuntimeException of a broken part
            problems.add(Problem.ofFile(file, "not a readable .xlsx workbook (" + e.getMessage()
                    + "); save it from Excel or LibreOffice as .xlsx"));
            return new SheetSet(formName, null, null, null, problems);
        }
    }

    /** Reads sheets of one workbook, the shared strings and styles once, when the first sheet is found. */
    private static final class Reader implements SheetSet.Workbook<Exception> {
        private final XlsxPackage workbook;
        private final String file;
        private final List<Problem> problems;
        private XlsxSheetReader cells;

        Reader(XlsxPackage workbook, String file, List<Problem> problems) {
            this.workbook = workbook;
            this.file = file;
            this.problems = problems;
        }

        /** The first sheet named {@code name} (any case, spaces around ignored), or null when there is none. */
        @Override
        public Sheet sheet(String name) throws IOException, XMLStreamException {
            for (XlsxPackage.SheetPart sheet : workbook.sheets()) {
                if (sheet.name().strip().equalsIgnoreCase(name)) {
                    return read(sheet, name, name, problems);
                }
            }
            return null;
        }

        /**
         * The only sheet of the workbook read as the survey when its name is none of the XLSForm sheets and its header
         * has the columns type and name (pyxform reads a lone {@code Sheet1} as the survey; a workbook that is not a
         * form keeps the clearer "missing sheet survey"); null otherwise. Problems name the sheet as the workbook
         * does; a cell that cannot be read there is reported beside "missing sheet survey".
         */
        @Override
        public Sheet onlySheetAsSurvey() throws IOException, XMLStreamException {
            List<XlsxPackage.SheetPart> all = workbook.sheets();
            if (all.size() != 1) {
                return null;
            }
            String name = all.get(0).name().strip().toLowerCase(Locale.ROOT);
            if (name.equals("choices") || name.equals("settings") || SheetSet.EXTRA_SHEETS.contains(name)) {
                return null;
            }
            List<Problem> found = new ArrayList<>();
            Sheet sheet;
            try {
                sheet = read(all.get(0), "survey", all.get(0).name(), found);
            } catch (XlsxSheetReader.BadCellException e) {
                problems.add(e.problem());
                return null;
            }
            List<String> header = sheet.header().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.contains("type") || !header.contains("name")) {
                return null;
            }
            problems.addAll(found);
            return sheet;
        }

        /** Reads one sheet part as the XLSForm sheet {@code name}, labelled {@code label} in {@code found}. */
        private Sheet read(XlsxPackage.SheetPart part, String name, String label, List<Problem> found)
                throws IOException, XMLStreamException {
            if (part.part() == null) {
                throw new IOException("the sheet " + part.name() + " has no part in the workbook");
            }
            TreeMap<Integer, List<String>> present;
            XMLStreamReader xml = workbook.xml(part.part());
            try {
                present = cells().read(xml, file, label);
            } finally {
                xml.close();
            }
            List<List<String>> grid = new ArrayList<>();
            int last = present.isEmpty() ? -1 : present.lastKey();
            for (int r = 0; r <= last; r++) {
                grid.add(present.getOrDefault(r, List.of()));
            }
            return Sheet.of(name, file, label, grid, found);
        }

        private XlsxSheetReader cells() throws IOException, XMLStreamException {
            if (cells == null) {
                // A workbook without strings or styles (or whose relationship names a missing part) has none.
                List<String> strings = List.of();
                XMLStreamReader xml = workbook.xmlIfPresent(workbook.sharedStringsPart());
                if (xml != null) {
                    try {
                        strings = XlsxText.sharedStrings(xml);
                    } finally {
                        xml.close();
                    }
                }
                XlsxStyles styles = XlsxStyles.DEFAULT;
                xml = workbook.xmlIfPresent(workbook.stylesPart());
                if (xml != null) {
                    try {
                        styles = XlsxStyles.read(xml);
                    } finally {
                        xml.close();
                    }
                }
                cells = new XlsxSheetReader(strings, styles, workbook.date1904());
            }
            return cells;
        }
    }
}
