package org.concord.stats.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.common.CsvInput;
import org.concord.common.InputException;

/**
 * Reads long responses CSVs ({@code participant_id,la_code,item,value}, extra columns ignored, UTF-8 with or without a
 * byte-order mark) into a {@link ResponseAccumulator}. Rows are numbered as a spreadsheet shows them: header = row 1.
 *
 * <p>One streaming pass over the file's bytes ({@link CsvBytes}) reads the cells and computes the file's SHA-256
 * (on another thread, from the same bytes); it reads a file exactly as {@link CsvInput} does, and a file that
 * {@link CsvInput} would refuse is refused with {@link CsvInput}'s own words.
 */
public final class ResponsesCsvReader {
    /** The required header columns. */
    public static final List<String> REQUIRED = List.of("participant_id", "la_code", "item", "value");

    private ResponsesCsvReader() {
    }

    /**
     * Reads one file; a file without the required columns, or with a header and no rows, is a problem of its own and
     * adds no answers. Returns the SHA-256 (lower-case hex) of the file's bytes (of those read before such a
     * problem).
     *
     * @throws InputException when the file cannot be read as CSV (missing, not UTF-8, a quote never closed, ...)
     */
    public static String read(Path path, String name, ResponseAccumulator into) {
        try (HashingInput in = new HashingInput(Files.newInputStream(path))) {
            read(new CsvBytes(in), name, into);
            return in.sha256();
        } catch (IOException | CsvBytes.Malformed e) {
            throw refusal(path, name, e);
        }
    }

    private static void read(CsvBytes csv, String name, ResponseAccumulator into)
            throws IOException, CsvBytes.Malformed {
        if (!csv.next()) {
            throw new CsvBytes.Malformed("no header");
        }
        Map<String, Integer> header = header(csv);
        List<String> missing = new ArrayList<>();
        for (String column : REQUIRED) {
            if (!header.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            into.problem(name, 1, String.join(", ", missing), "the header lacks column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + "; a responses file has the header participant_id,la_code,item,value (found: "
                    + String.join(",", header.keySet()) + ")");
            return; // as CsvInput, the rows are not read: the file is refused whatever they hold
        }
        int pid = header.get("participant_id");
        int la = header.get("la_code");
        int item = header.get("item");
        int value = header.get("value");
        int laName = header.getOrDefault("la_name", -1);
        int need = Math.max(Math.max(pid, la), Math.max(item, value)) + 1;
        int rows = 0;
        int number = 1;
        while (csv.next()) {
            number++;
            tooLarge(csv);
            if (csv.cells() == 1 && csv.length(0) == 0) {
                continue; // a blank row
            }
            rows++;
            if (csv.cells() < need) {
                into.problem(name, number, null, "the row has " + csv.cells() + " cells, fewer than the "
                        + need + " the header needs");
                continue;
            }
            into.add(name, number, csv.text(pid), csv.text(la), csv.text(laName), csv.text(item), csv.text(value));
        }
        if (rows == 0) {
            into.problem(name, 0, null, "the file has a header but no rows of answers; export the responses"
                    + " again, or leave this file out");
        }
    }

    /** The header as commons-csv maps it (the last column of a name; a name twice is refused unless it is blank). */
    static Map<String, Integer> header(CsvBytes csv) throws CsvBytes.Malformed {
        Map<String, Integer> header = new LinkedHashMap<>();
        boolean blankSeen = false;
        for (int i = 0; i < csv.cells(); i++) {
            String h = csv.text(i);
            boolean blank = h.trim().isEmpty();
            if (blank ? blankSeen : header.containsKey(h)) {
                if (!blank) {
                    throw new CsvBytes.Malformed("a column named twice");
                }
            }
            blankSeen |= blank;
            header.put(h, i);
        }
        return header;
    }

    /** A cell longer than a spreadsheet cell stops the reading, as in {@link CsvInput}. */
    private static void tooLarge(CsvBytes csv) throws CsvBytes.Malformed {
        for (int i = 0; i < csv.cells(); i++) {
            if (csv.length(i) > CsvInput.MAX_CELL && csv.chars(i) > CsvInput.MAX_CELL) {
                throw new CsvBytes.Malformed("a cell too large");
            }
        }
    }

    /**
     * The problem of a file that could not be read: {@link CsvInput}'s, which reads the file again only to word it
     * (what it says about a missing file, bad bytes, a quote never closed, a cell too large, an empty file).
     */
    private static InputException refusal(Path path, String name, Exception e) {
        try {
            CsvInput.read(path, name, table -> {
                for (CsvInput.Row ignored : table.rows()) {
                    // only to find the problem
                }
                return null;
            });
        } catch (InputException problem) {
            return problem;
        }
        return InputException.ofFile(name, "cannot be read as CSV (" + e.getMessage() + ")");
    }
}
