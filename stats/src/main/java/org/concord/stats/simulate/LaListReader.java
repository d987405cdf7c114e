package org.concord.stats.simulate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.concord.common.InputException;
import org.concord.common.Problem;

/**
 * Reads the list of LAs to simulate: a CSV with the column {@code la_code} and optionally {@code la_name},
 * {@code leaders} and {@code workers} (numbers per LA; blank or absent = the default). A byte-order mark is accepted.
 */
public final class LaListReader {
    /** The largest number of leaders or workers in one LA. */
    public static final int MAX_PER_LA = 10_000;

    private LaListReader() {
    }

    /** Reads the list; every problem in the file is reported at once, by row and column. */
    public static List<LaPlan> read(Path file, int defaultLeaders, int defaultWorkers) {
        String name = file.toString();
        List<Problem> problems = new ArrayList<>();
        List<LaPlan> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in);
            Map<String, String> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            csv.getHeaderNames().forEach(h -> columns.put(h.strip(), h));
            if (!columns.containsKey("la_code")) {
                throw new InputException(new Problem(name, null, 1, null, "no la_code column; the LA list needs"
                        + " the columns la_code and optionally la_name, leaders and workers"));
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : csv) {
                int row = (int) record.getRecordNumber() + 1;
                String code = get(record, columns, "la_code");
                if (code.isEmpty()) {
                    problems.add(new Problem(name, null, row, "la_code", "the LA code is blank; give every LA a code"));
                    continue;
                }
                if (!seen.add(code)) {
                    problems.add(new Problem(name, null, row, "la_code", "LA " + code + " is listed twice; list"
                            + " each LA once"));
                }
                String laName = get(record, columns, "la_name");
                int leaders = count(record, columns, "leaders", defaultLeaders, name, row, problems);
                int workers = count(record, columns, "workers", defaultWorkers, name, row, problems);
                out.add(new LaPlan(code, laName.isEmpty() ? code : laName, leaders, workers));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw InputException.ofFile(name, "cannot read the LA list: " + e.getMessage());
        }
        if (out.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.ofFile(name, "the LA list has no LAs; add one row per LA under the header"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    private static String get(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(column);
        return header == null || !record.isSet(header) ? "" : record.get(header).strip();
    }

    private static int count(CSVRecord record, Map<String, String> columns, String column, int fallback,
                             String file, int row, List<Problem> problems) {
        String text = get(record, columns, column);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 0 && n <= MAX_PER_LA) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(new Problem(file, null, row, column, String.format(Locale.ROOT,
                "'%s' is not a number of %s from 0 to %d; write a whole number or leave it blank for the default",
                text, column, MAX_PER_LA)));
        return fallback;
    }
}
