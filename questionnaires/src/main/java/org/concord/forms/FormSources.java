package org.concord.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.forms.xlsform.Sheet;
import org.concord.forms.xlsform.SheetSet;

/**
 * The canonical text of a form: its normalised sheets as RFC 4180 CSV ({@code \n} line ends), each framed by a line
 * {@code === NAME.csv LENGTH} where LENGTH counts the UTF-16 chars of the CSV text that follows, then {@code \n}.
 * The first line is {@link #MAGIC}. A workbook and a folder with the same content give the same text and SHA-256.
 */
public final class FormSources {
    /** The first line of every canonical text (the format version). */
    public static final String MAGIC = "concord-xlsform/1";
    /** How problems name a form read back from its canonical text. */
    public static final String SOURCE_FILE = "form source";

    private FormSources() {
    }

    /** The canonical text and SHA-256 of these sheets. */
    public static FormSource of(SheetSet sheets) {
        StringBuilder out = new StringBuilder(MAGIC).append('\n');
        List<Sheet> all = new ArrayList<>(java.util.Arrays.asList(sheets.survey(), sheets.choices(), sheets.settings()));
        all.addAll(sheets.extra().values());
        for (Sheet sheet : all) {
            if (sheet != null) {
                String csv = csv(sheet);
                out.append("=== ").append(sheet.name()).append(".csv ").append(csv.length()).append('\n')
                        .append(csv).append('\n');
            }
        }
        String text = out.toString();
        return new FormSource(text, sha256(text));
    }

    /** The sheets of a canonical text; throws InputException when the text is not one. */
    public static SheetSet parse(String text) {
        List<Problem> problems = new ArrayList<>();
        Sheet survey = null;
        Sheet choices = null;
        Sheet settings = null;
        java.util.Map<String, Sheet> extra = new java.util.LinkedHashMap<>();
        if (!text.startsWith(MAGIC + "\n")) {
            throw InputException.ofFile(SOURCE_FILE, "not a Concord form source (it does not start with " + MAGIC
                    + ")");
        }
        int pos = MAGIC.length() + 1;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            String[] frame = eol < 0 ? new String[0] : text.substring(pos, eol).split(" ");
            int length;
            try {
                length = frame.length == 3 && frame[0].equals("===") ? Integer.parseInt(frame[2]) : -1;
            } catch (NumberFormatException e) {
                length = -1;
            }
            int end = eol + 1 + length;
            if (length < 0 || end >= text.length() || text.charAt(end) != '\n') {
                throw InputException.ofFile(SOURCE_FILE, "damaged form source at character " + (pos + 1));
            }
            String name = frame[1].replaceFirst("\\.csv$", "");
            Sheet sheet = org.concord.forms.xlsform.CsvSheets.parseSource(name, text.substring(eol + 1, end),
                    problems);
            switch (name) {
                case "survey" -> survey = sheet;
                case "choices" -> choices = sheet;
                case "settings" -> settings = sheet;
                case "external_choices", "entities" -> extra.put(name, sheet);
                default -> {
                    if (!name.startsWith(org.concord.forms.xlsform.FormFiles.PREFIX)) {
                        throw InputException.ofFile(SOURCE_FILE, "unknown sheet " + name + " in form source");
                    }
                    extra.put(name, sheet);
                }
            }
            pos = end + 1;
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (settings == null) {
            settings = new Sheet("settings", SOURCE_FILE, "settings", List.of(), List.of());
        }
        return new SheetSet(null, survey, choices, settings, List.of(), extra);
    }

    /** The CSV text of one sheet: header, then every row. */
    public static String csv(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(sb, org.concord.forms.xlsform.CsvSheets.format())) {
            if (!sheet.header().isEmpty()) {
                printer.printRecord(sheet.header());
            }
            for (List<String> row : sheet.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
