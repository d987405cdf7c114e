package org.concord.forms.xlsform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.concord.common.Problem;

/** Reads the sheets of an XLSForm kept as a folder of {@code survey.csv}, {@code choices.csv}, {@code settings.csv}. */
public final class CsvSheets {
    /** The CSV dialect of form files and of the canonical text: RFC 4180, blank lines kept as rows. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false).setRecordSeparator("\n").get();

    /** Reads a UTF-8 text, for the bundled forms on the classpath. */
    @FunctionalInterface
    public interface TextSource {
        /** The file's bytes, or null when it does not exist. */
        byte[] read(String fileName) throws IOException;
    }

    private CsvSheets() {
    }

    /** The CSV dialect of form files and of the canonical text. */
    public static CSVFormat format() {
        return FORMAT;
    }

    /** Parses one sheet of a canonical form source. */
    public static Sheet parseSource(String name, String csv, List<Problem> problems) {
        return parse(name, "form source", name, csv, problems);
    }

    /** Reads a form folder; {@code label} is how files are named in problems, e.g. {@code values-agreement}. */
    public static SheetSet readFolder(Path folder) {
        String label = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        return read(label, name -> {
            Path file = folder.resolve(name);
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        });
    }

    /** Reads the three CSV files of form {@code formName} from {@code source}. */
    public static SheetSet read(String formName, TextSource source) {
        List<Problem> problems = new ArrayList<>();
        Sheet survey = sheet("survey", formName, source, problems);
        Sheet choices = sheet("choices", formName, source, problems);
        Sheet settings = sheet("settings", formName, source, problems);
        if (survey == null && problems.stream().noneMatch(p -> p.file().endsWith("/survey.csv"))) {
            problems.add(Problem.ofFile(formName + "/survey.csv",
                    "file missing: a form folder needs survey.csv (and choices.csv and settings.csv)"));
        }
        if (settings == null) {
            settings = new Sheet("settings", formName + "/settings.csv", null, List.of(), List.of());
        }
        java.util.Map<String, Sheet> extra = new java.util.LinkedHashMap<>();
        for (String name : SheetSet.EXTRA_SHEETS) {
            Sheet sheet = sheet(name, formName, source, problems);
            if (sheet != null) {
                extra.put(name, sheet);
            }
        }
        return new SheetSet(formName, survey, choices, settings, problems, extra);
    }

    private static Sheet sheet(String name, String formName, TextSource source, List<Problem> problems) {
        String file = formName + "/" + name + ".csv";
        byte[] bytes;
        try {
            bytes = source.read(name + ".csv");
        } catch (IOException e) {
            problems.add(Problem.ofFile(file, "cannot read the file: " + e.getMessage()));
            return null;
        }
        if (bytes == null) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.ofFile(file, "the file is not UTF-8 text; save it as \"CSV UTF-8\""));
            return null;
        }
        return parse(name, file, null, text, problems);
    }

    /** Parses one CSV text into a sheet (a byte-order mark is skipped). */
    static Sheet parse(String name, String file, String sheetLabel, String text, List<Problem> problems) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> grid = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                grid.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new Problem(file, sheetLabel, grid.size() + 1, null,
                    "not a valid CSV file (" + e.getMessage() + "); check quotes in this row"));
            return null;
        }
        return Sheet.of(name, file, sheetLabel, grid, problems);
    }
}
