package org.concord.forms.xlsform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.apache.commons.csv.CSVPrinter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.concord.common.CsvInput;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The files a form reads beside it (ODK's form media): the CSV or XML file of a {@code select_one_from_file}, of a
 * {@code csv-external} or {@code xml-external} row and of a {@code pulldata()}. Each file read becomes an extra sheet
 * named {@code file:NAME.csv} of the form's sheets, so the canonical text (and the study file) keeps its rows and the
 * form loads again without the file.
 */
public final class FormFiles {
    /** The prefix of the sheet names of files read beside the form. */
    public static final String PREFIX = "file:";

    private static final Pattern PULLDATA = Pattern.compile("pulldata\\s*\\(\\s*[\"']([^\"']*)[\"']");

    private FormFiles() {
    }

    /** The file names (e.g. {@code cities.csv}) a survey sheet reads, in sheet order. */
    static Set<String> declared(Sheet survey) {
        Set<String> out = new LinkedHashSet<>();
        if (survey == null) {
            return out;
        }
        int type = column(survey, "type");
        int name = column(survey, "name");
        for (List<String> row : survey.rows()) {
            if (type >= 0) {
                SurveyTypes.Parsed parsed = SurveyTypes.parse(row.get(type));
                String file = fileOf(parsed, name >= 0 ? row.get(name) : "");
                if (file != null && !file.isEmpty()) {
                    out.add(file);
                }
            }
            for (String cell : row) {
                Matcher m = cell.contains("pulldata") ? PULLDATA.matcher(cell) : null;
                while (m != null && m.find()) {
                    out.add(m.group(1).strip() + ".csv");
                }
            }
        }
        return out;
    }

    /** The file a type cell reads: a select from file's file, or NAME.csv / NAME.xml of an external instance. */
    static String fileOf(SurveyTypes.Parsed parsed, String name) {
        return switch (parsed.word()) {
            case SurveyTypes.SELECT_ONE_FROM_FILE, SurveyTypes.SELECT_MULTIPLE_FROM_FILE -> parsed.listName();
            case SurveyTypes.CSV_EXTERNAL -> name.strip() + ".csv";
            case SurveyTypes.XML_EXTERNAL -> name.strip() + ".xml";
            default -> null;
        };
    }

    /** The instance name of a file: its name without the extension. */
    static String instanceName(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static int column(Sheet sheet, String name) {
        for (int c = 0; c < sheet.header().size(); c++) {
            if (sheet.header().get(c).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * These sheets with the CSV and XML files the survey reads from {@code folder} added; a file that cannot be read
     * adds its problems. A missing file is left out: the form's check names the row that needs it.
     */
    public static SheetSet attach(SheetSet sheets, Path folder) {
        Set<String> files = declared(sheets.survey());
        if (files.isEmpty()) {
            return sheets;
        }
        List<Problem> problems = new ArrayList<>(sheets.problems());
        Map<String, Sheet> extra = new LinkedHashMap<>(sheets.extra());
        String where = folder.getFileName() == null ? "" : folder.getFileName() + "/";
        for (String file : files) {
            Path path = folder.resolve(file);
            String lower = file.toLowerCase(Locale.ROOT);
            if (file.contains(" ") || file.contains("/") || file.contains("\\") || !Files.isRegularFile(path)
                    || !lower.endsWith(".csv") && !lower.endsWith(".xml")) {
                continue;
            }
            Sheet sheet = lower.endsWith(".csv") ? readCsv(path, file, where + file, problems)
                    : readXml(path, file, where + file, problems);
            if (sheet != null) {
                extra.put(PREFIX + file, sheet);
            }
        }
        return new SheetSet(sheets.formName(), sheets.survey(), sheets.choices(), sheets.settings(), problems, extra);
    }

    /** Reads a CSV file with the project's CSV reader; its rows keep their line numbers. */
    static Sheet readCsv(Path path, String file, String label, List<Problem> problems) {
        try {
            List<List<String>> grid = CsvInput.read(path, label, table -> {
                List<List<String>> g = new ArrayList<>();
                g.add(new ArrayList<>(table.headerNames()));
                for (CsvInput.Row row : table.rows()) {
                    while (g.size() < row.number() - 1) {
                        g.add(List.of());
                    }
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.size(); c++) {
                        cells.add(row.raw(c));
                    }
                    g.add(cells);
                }
                return g;
            });
            return Sheet.of(PREFIX + file, label, null, grid, problems);
        } catch (InputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /**
     * Reads an XML file of ODK's shape {@code <root><item><name>..</name><label>..</label></item>...</root>}: each
     * child of the root is an item, each child of an item a column.
     */
    static Sheet readXml(Path path, String file, String label, List<Problem> problems) {
        Element root;
        try (InputStream in = Files.newInputStream(path)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            root = builder.parse(in).getDocumentElement();
        } catch (SAXParseException e) {
            problems.add(new Problem(label, null, Math.max(0, e.getLineNumber()), null, "not well-formed XML: "
                    + e.getMessage() + "; ODK's shape is <root><item><name>..</name><label>..</label></item></root>"));
            return null;
        } catch (IOException | SAXException | ParserConfigurationException e) {
            problems.add(Problem.ofFile(label, "cannot read the file: " + e.getMessage()));
            return null;
        }
        List<String> header = new ArrayList<>();
        List<Map<String, String>> items = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element item) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (Node c = item.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element cell) {
                        cells.putIfAbsent(cell.getTagName(), cell.getTextContent().strip());
                        if (!header.contains(cell.getTagName())) {
                            header.add(cell.getTagName());
                        }
                    }
                }
                items.add(cells);
            }
        }
        if (items.isEmpty() || header.isEmpty()) {
            problems.add(Problem.ofFile(label, "the file has no items; ODK's shape is <root><item><name>..</name>"
                    + "<label>..</label></item></root>"));
            return null;
        }
        List<List<String>> grid = new ArrayList<>();
        grid.add(header);
        for (Map<String, String> item : items) {
            grid.add(header.stream().map(h -> item.getOrDefault(h, "")).toList());
        }
        return Sheet.of(PREFIX + file, label, null, grid, problems);
    }

    /**
     * Writes a file read beside a form back beside {@code folder}'s workbook (when a form is exported), so that loading
     * the workbook reads the same rows: a CSV as RFC 4180 text, an XML file as {@code <root><item>} elements.
     */
    public static void write(Sheet sheet, Path folder) throws IOException {
        String file = sheet.name().substring(PREFIX.length());
        StringBuilder out = new StringBuilder();
        if (file.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root>\n");
            for (List<String> row : sheet.rows()) {
                out.append("  <item>");
                for (int c = 0; c < sheet.header().size(); c++) {
                    String tag = sheet.header().get(c);
                    out.append('<').append(tag).append('>').append(escape(row.get(c))).append("</").append(tag)
                            .append('>');
                }
                out.append("</item>\n");
            }
            out.append("</root>\n");
        } else {
            try (CSVPrinter printer = new CSVPrinter(out, CsvSheets.format())) {
                printer.printRecord(sheet.header());
                for (List<String> row : sheet.rows()) {
                    printer.printRecord(row);
                }
            }
        }
        Files.writeString(folder.resolve(file), out.toString(), StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
