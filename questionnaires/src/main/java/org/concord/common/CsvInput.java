package org.concord.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The one reader of Concord's input CSVs (responses, rates, LA lists): strict UTF-8 with or without a byte-order mark,
 * a header row, rows numbered as a spreadsheet shows them (header = row 1). Every way a file can fail to read (missing,
 * not UTF-8, a quote left open, a cell too large, an empty file) becomes an {@link InputException} naming the file and,
 * where known, the row and column.
 */
public final class CsvInput {
    /** The most characters a cell may hold: a spreadsheet cell's limit (Excel's 32,767). */
    public static final int MAX_CELL = 32_767;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY).get();

    /** What is done with an opened file. */
    @FunctionalInterface
    public interface Body<T> {
        /** Reads the table; may throw {@link InputException} for problems of its own. */
        T read(Table table);
    }

    /** One data row: its spreadsheet row number (header = 1) and its cells. */
    public record Row(int number, CSVRecord record) {
        /** The cell at {@code index}, trimmed; blank when the row is shorter. */
        public String cell(int index) {
            return index >= 0 && index < record.size() ? record.get(index).trim() : "";
        }

        /** The cell at {@code index} as written, or null when the row is shorter. */
        public String raw(int index) {
            return index >= 0 && index < record.size() ? record.get(index) : null;
        }

        /** Whether the line was blank (one empty cell). */
        public boolean isBlank() {
            return record.size() == 1 && record.get(0).isEmpty();
        }

        /** The number of cells. */
        public int size() {
            return record.size();
        }
    }

    /** An opened file: its header and its rows, read once, in order. */
    public static final class Table {
        private final String name;
        private final CSVParser parser;
        private int lastRow = 1;

        private Table(String name, CSVParser parser) {
            this.name = name;
            this.parser = parser;
        }

        /** The file as the user named it. */
        public String name() {
            return name;
        }

        /** Column name to index, as written in the header. */
        public Map<String, Integer> header() {
            return parser.getHeaderMap();
        }

        /** The column names in file order. */
        public List<String> headerNames() {
            return parser.getHeaderNames();
        }

        /** The index of the first column whose name is one of {@code names} ignoring case and spaces, or -1. */
        public int column(String... names) {
            List<String> header = headerNames();
            for (String wanted : names) {
                for (int i = 0; i < header.size(); i++) {
                    if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(wanted)) {
                        return i;
                    }
                }
            }
            return -1;
        }

        /** The data rows; a cell larger than {@link #MAX_CELL} stops the reading with a problem naming it. */
        public Iterable<Row> rows() {
            return () -> new Iterator<>() {
                private final Iterator<CSVRecord> records = parser.iterator();

                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public Row next() {
                    CSVRecord record = records.next();
                    lastRow++;
                    for (int i = 0; i < record.size(); i++) {
                        if (record.get(i).length() > MAX_CELL) {
                            List<String> names = headerNames();
                            throw new InputException(new Problem(name, null, lastRow,
                                    i < names.size() ? names.get(i) : "number " + (i + 1), String.format(Locale.ROOT,
                                    "the cell holds %,d characters, more than the %,d a spreadsheet cell can hold;"
                                            + " the file is damaged, or a quote (\") opened above is never closed",
                                    record.get(i).length(), MAX_CELL)));
                        }
                    }
                    return new Row(lastRow, record);
                }
            };
        }
    }

    private CsvInput() {
    }

    /**
     * Opens {@code path} and hands its table to {@code body}; every failure to read it is an {@link InputException}
     * naming the file ({@code name}, as the user named it) and, where known, the row.
     */
    public static <T> T read(Path path, String name, Body<T> body) {
        Table table = null;
        try (Reader in = openUtf8(path)) {
            CSVParser parser;
            try {
                parser = CSVParser.parse(in, FORMAT);
            } catch (IllegalArgumentException | IllegalStateException e) {
                // commons-csv reports a malformed header (e.g. a name twice) this way; the header is row 1.
                throw new InputException(new Problem(name, null, 1, null, "cannot read the header: "
                        + e.getMessage() + "; give each column a different name"));
            }
            try (parser) {
                table = new Table(name, parser);
                if (parser.getHeaderNames().isEmpty()) {
                    throw InputException.ofFile(name, "the file is empty; it needs a header row and rows of data");
                }
                return body.read(table);
            }
        } catch (NoSuchFileException e) {
            throw InputException.ofFile(name, "no such file; check the name and folder");
        } catch (AccessDeniedException e) {
            throw InputException.ofFile(name, "cannot be read (permission denied)");
        } catch (CharacterCodingException e) {
            throw notUtf8(name);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8(name);
            }
            throw new InputException(new Problem(name, null, table == null ? 0 : table.lastRow + 1, null,
                    unreadable(e.getCause())));
        } catch (IOException e) {
            throw new InputException(new Problem(name, null, table == null ? 0 : table.lastRow + 1, null,
                    unreadable(e)));
        }
    }

    /** Text is decoded ahead of the parser, so the row of a bad byte is not known. */
    private static InputException notUtf8(String name) {
        return InputException.ofFile(name, "the file is not UTF-8 text; save it as CSV UTF-8");
    }

    private static String unreadable(IOException e) {
        String message = e == null ? "" : String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            String line = message.replaceFirst(".*\\(startline (\\d+)\\).*", "$1");
            return "a quoted cell (\"...) starting on line " + line + " is never closed; close it, and write a \""
                    + " inside a cell as \"\"";
        }
        if (message.contains("invalid char between encapsulated token and delimiter")) {
            return "a quoted cell is followed by text before the next comma; write a \" inside a cell as \"\"";
        }
        return "cannot read the CSV: " + message;
    }

    /** A strict UTF-8 reader of {@code path} that skips a byte-order mark. */
    public static Reader openUtf8(Path path) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder),
                1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
