package org.concord.app.ui.start;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.study.LocalAuthority;

/**
 * Reads a list of local authorities (codes and names) from a CSV file, in any of three shapes recognised by the header:
 * a plain list ({@code code,name} or {@code la_code,la_name}), a tidy rates file ({@code la_code,year,rate} with
 * optional {@code la_name}), or a DfE Explore Education Statistics file (only its {@code Local authority} rows; the
 * code is {@code new_la_code}, else {@code old_la_code}). Each LA appears once, with its name from the latest row.
 */
public final class LaListFile {
    private LaListFile() {
    }

    /** The LAs in {@code file}, in first-seen order; every problem found is reported at once. */
    public static List<LocalAuthority> read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(skipBom(reader), format)) {
            Map<String, String> header = new LinkedHashMap<>();
            for (String column : parser.getHeaderNames()) {
                header.put(column.trim().toLowerCase(Locale.ROOT), column);
            }
            boolean dfe = header.containsKey("geographic_level") && header.containsKey("la_name")
                    && (header.containsKey("new_la_code") || header.containsKey("old_la_code"));
            String codeColumn = first(header, "code", "la_code");
            String nameColumn = first(header, "name", "la_name");
            if (!dfe && codeColumn == null) {
                throw InputException.ofFile(name, "no column of LA codes: the header needs 'code' or 'la_code' "
                        + "(with 'name' or 'la_name'), or be a DfE statistics file with 'new_la_code' and 'la_name'");
            }
            Map<String, LocalAuthority> las = new LinkedHashMap<>();
            Map<String, Integer> latestYear = new LinkedHashMap<>();
            List<Problem> problems = new ArrayList<>();
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber() + 1;
                if (dfe) {
                    if (!"Local authority".equalsIgnoreCase(value(record, header.get("geographic_level")))) {
                        continue;
                    }
                    String code = value(record, header.get("new_la_code"));
                    if (code.isEmpty()) {
                        code = value(record, header.get("old_la_code"));
                    }
                    String laName = value(record, header.get("la_name"));
                    if (code.isEmpty()) {
                        problems.add(new Problem(name, null, row, "new_la_code",
                                "a Local authority row has no LA code; fill in new_la_code or old_la_code"));
                        continue;
                    }
                    int year = year(value(record, header.get("time_period")));
                    if (year >= latestYear.getOrDefault(code, Integer.MIN_VALUE)) {
                        latestYear.put(code, year);
                        las.put(code, new LocalAuthority(code, laName.isEmpty() ? code : laName));
                    }
                } else {
                    String code = value(record, codeColumn);
                    String laName = nameColumn == null ? "" : value(record, nameColumn);
                    if (code.isEmpty()) {
                        if (!laName.isEmpty()) {
                            problems.add(new Problem(name, null, row, codeColumn,
                                    "LA '" + laName + "' has no code; add its code"));
                        }
                        continue;
                    }
                    if (!laName.isEmpty() || !las.containsKey(code)) {
                        las.put(code, new LocalAuthority(code, laName.isEmpty() ? code : laName));
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            if (las.isEmpty()) {
                throw InputException.ofFile(name, "no local authorities found; the file has no LA rows");
            }
            return List.copyOf(las.values());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw InputException.ofFile(name, "cannot be read as a CSV file (" + e.getMessage()
                    + "); save it as CSV (UTF-8) and try again");
        }
    }

    private static String first(Map<String, String> header, String... candidates) {
        for (String candidate : candidates) {
            if (header.containsKey(candidate)) {
                return header.get(candidate);
            }
        }
        return null;
    }

    private static String value(CSVRecord record, String column) {
        if (column == null || !record.isMapped(column) || !record.isSet(column)) {
            return "";
        }
        return record.get(column).trim();
    }

    private static int year(String timePeriod) {
        // DfE periods are years (2022) or academic years (202122); the first four digits order them.
        String digits = timePeriod.length() >= 4 ? timePeriod.substring(0, 4) : timePeriod;
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
