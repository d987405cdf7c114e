package org.concord.stats.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.concord.common.CsvInput;
import org.concord.common.InputException;
import org.concord.common.Problem;

/**
 * Reads a rates file in either shape of the design, detected from the header: tidy {@code la_code,year,rate[,la_name]}
 * or the DfE Explore Education Statistics CSV (only {@code Local authority} rows; {@code c x z u} and blanks are
 * missing; LAs known by {@code new_la_code} and {@code old_la_code}). Every problem is collected before throwing.
 */
public final class RatesReader {
    /** Symbols that mean "no rate this year": DfE suppression symbols, blank, and R's NA. */
    public static final Set<String> MISSING = Set.of("", "c", "x", "z", "u", "NA");

    private static final List<String> DFE_COLUMNS =
            List.of("time_period", "geographic_level", "new_la_code", "old_la_code", "la_name");

    private RatesReader() {
    }

    /**
     * Reads a rates file.
     *
     * @param path       the file
     * @param name       the file as the user named it (for messages)
     * @param rateColumn the rate column, or null for the default ({@code rate} in a tidy file, the only rate column
     *                   of a DfE file)
     */
    public static Rates read(Path path, String name, String rateColumn) {
        List<Problem> problems = new ArrayList<>();
        Rates rates = withHeader(path, name, (table, header, dfe) -> {
            String column = rateColumn(name, header, dfe, rateColumn);
            return dfe ? readDfe(table, header, name, column, problems)
                    : readTidy(table, header, name, column, problems);
        });
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (rates.las().isEmpty()) {
            throw InputException.ofFile(name, "the rates file has no LA rows");
        }
        return rates;
    }

    /**
     * The columns of a rates file that can be its rate (those whose name contains {@code rate}, in file order), read
     * from the header alone, so that a user can pick one from a list; the first is the one {@link #read} takes when
     * none is given and there is only one.
     *
     * @throws InputException when the file cannot be read or its header matches neither shape
     */
    public static List<String> rateColumns(Path path, String name) {
        return withHeader(path, name, (table, header, dfe) -> {
            List<String> candidates = new ArrayList<>();
            if (!dfe && header.containsKey("rate")) {
                candidates.add("rate");
            }
            for (String h : header.keySet()) {
                if (h.toLowerCase(Locale.ROOT).contains("rate") && !candidates.contains(h)) {
                    candidates.add(h);
                }
            }
            if (candidates.isEmpty()) {
                throw new InputException(new Problem(name, null, 1, null, "the rates file has no column whose name "
                        + "contains rate (found: " + String.join(",", header.keySet()) + ")"));
            }
            return List.copyOf(candidates);
        });
    }

    /** What is done with a rates file once its header says which shape it has. */
    @FunctionalInterface
    private interface HeaderReader<T> {
        T read(CsvInput.Table table, Map<String, Integer> header, boolean dfe);
    }

    /**
     * Opens a rates file, detects its shape from the header (DfE or tidy; neither is bad input) and hands both to
     * {@code reader}; unreadable files become {@link InputException}s that name the file.
     */
    private static <T> T withHeader(Path path, String name, HeaderReader<T> reader) {
        return CsvInput.read(path, name, table -> {
            Map<String, Integer> header = table.header();
            boolean dfe = header.keySet().containsAll(DFE_COLUMNS);
            boolean tidy = !dfe && header.containsKey("la_code") && header.containsKey("year");
            if (!dfe && !tidy) {
                throw new InputException(new Problem(name, null, 1, null, "the header matches neither rates shape: "
                        + "tidy la_code,year,rate (optional la_name), or the DfE Explore Education Statistics CSV "
                        + "with time_period, geographic_level, new_la_code, old_la_code, la_name and rate columns "
                        + "(found: " + String.join(",", header.keySet()) + ")"));
            }
            return reader.read(table, header, dfe);
        });
    }

    private static String rateColumn(String name, Map<String, Integer> header, boolean dfe, String wanted) {
        List<String> candidates = header.keySet().stream()
                .filter(h -> h.toLowerCase(Locale.ROOT).contains("rate")).toList();
        if (wanted != null) {
            if (!header.containsKey(wanted)) {
                throw new InputException(new Problem(name, null, 1, wanted, "--rate-column " + wanted
                        + " is not a column of the file; rate columns: " + list(candidates)));
            }
            return wanted;
        }
        if (!dfe) {
            if (!header.containsKey("rate")) {
                throw new InputException(new Problem(name, null, 1, "rate", "the tidy rates file has no rate column; "
                        + "name it rate or choose one with --rate-column (candidates: " + list(candidates) + ")"));
            }
            return "rate";
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        throw new InputException(new Problem(name, null, 1, null, candidates.isEmpty()
                ? "the file has no rate column; choose the column with --rate-column"
                : "the file has " + candidates.size() + " rate columns; choose one with --rate-column: "
                + list(candidates)));
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** Collects rows into series, reporting a second rate for the same LA and year. */
    private static final class Series {
        final Map<String, String[]> meta = new LinkedHashMap<>();
        final Map<String, TreeMap<Integer, Double>> byYear = new HashMap<>();
        final Map<String, Integer> firstRow = new HashMap<>();

        void add(String name, int row, String code, String alt, String laName, int year, Double rate,
                 String yearColumn, List<Problem> problems) {
            meta.putIfAbsent(code, new String[] {alt, laName});
            Integer seen = firstRow.putIfAbsent(code + "\u0000" + year, row);
            if (seen != null) {
                problems.add(new Problem(name, null, row, yearColumn, "LA " + code + " has a second rate for " + year
                        + " (the first is on row " + seen + "); keep one row per LA and year"
                        + " (if the file holds several measures, filter it to one)"));
                return;
            }
            TreeMap<Integer, Double> series = byYear.computeIfAbsent(code, k -> new TreeMap<>());
            if (rate != null) {
                series.put(year, rate);
            }
        }

        List<LaRates> build() {
            List<LaRates> out = new ArrayList<>();
            meta.forEach((code, m) -> out.add(new LaRates(code, m[0], m[1], byYear.get(code))));
            return out;
        }
    }

    private static Rates readTidy(CsvInput.Table table, Map<String, Integer> header, String name, String column,
                                  List<Problem> problems) {
        int code = header.get("la_code");
        int year = header.get("year");
        int rate = header.get(column);
        Integer laName = header.get("la_name");
        Series series = new Series();
        for (CsvInput.Row r : table.rows()) {
            int row = r.number();
            if (r.isBlank()) {
                continue;
            }
            String c = cell(r, code);
            if (c.isEmpty()) {
                problems.add(new Problem(name, null, row, "la_code", "the LA code is blank"));
                continue;
            }
            Integer y = parseYear(cell(r, year), name, row, "year", problems);
            Double v = parseRate(cell(r, rate), name, row, column, problems);
            if (y != null) {
                series.add(name, row, c, null, laName == null ? null : cell(r, laName), y, v, "year", problems);
            }
        }
        return new Rates(name, Rates.TIDY, column, series.build());
    }

    private static Rates readDfe(CsvInput.Table table, Map<String, Integer> header, String name, String column,
                                 List<Problem> problems) {
        int period = header.get("time_period");
        int level = header.get("geographic_level");
        int newCode = header.get("new_la_code");
        int oldCode = header.get("old_la_code");
        int laName = header.get("la_name");
        int rate = header.get(column);
        Series series = new Series();
        for (CsvInput.Row r : table.rows()) {
            int row = r.number();
            if (!"Local authority".equalsIgnoreCase(cell(r, level))) {
                continue;
            }
            String code = cell(r, newCode);
            String alt = cell(r, oldCode);
            if (code.isEmpty()) {
                code = alt;
                alt = null;
            }
            if (code.isEmpty()) {
                problems.add(new Problem(name, null, row, "new_la_code", "a Local authority row without an LA code"));
                continue;
            }
            Integer y = parseYear(cell(r, period), name, row, "time_period", problems);
            Double v = parseRate(cell(r, rate), name, row, column, problems);
            if (y != null) {
                series.add(name, row, code, alt, cell(r, laName), y, v, "time_period", problems);
            }
        }
        return new Rates(name, Rates.DFE, column, series.build());
    }

    private static String cell(CsvInput.Row r, int i) {
        return r.cell(i);
    }

    /**
     * A year: {@code 2019}, or a DfE two-year period {@code 201920} dated by the year it ends (2020), as DfE's
     * "year ending 31 March" figures are.
     */
    static Integer parseYear(String text, String name, int row, String column, List<Problem> problems) {
        Integer year = year(text);
        if (year != null) {
            return year;
        }
        problems.add(new Problem(name, null, row, column, "'" + text + "' is not a year; write a year such as 2019 "
                + "(or a DfE period such as 201920)"));
        return null;
    }

    /**
     * The year a cell names: {@code 2019}, or a DfE two-year period {@code 201920} dated by the year it ends (2020);
     * null when it is neither.
     */
    public static Integer year(String text) {
        String t = text == null ? "" : text.trim();
        if (t.matches("\\d{4}")) {
            return Integer.parseInt(t);
        }
        if (t.matches("\\d{6}")) {
            int start = Integer.parseInt(t.substring(0, 4));
            int end = Integer.parseInt(t.substring(4));
            if ((start + 1) % 100 == end) {
                return start + 1;
            }
        }
        return null;
    }

    static Double parseRate(String text, String name, int row, String column, List<Problem> problems) {
        if (MISSING.contains(text)) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.replace(",", ""));
            if (Double.isFinite(v) && v < 0) {
                problems.add(new Problem(name, null, row, column, "'" + text + "' is a negative rate; a rate counts"
                        + " children per 10,000 and cannot be below 0; correct it, or leave the cell blank if the"
                        + " rate is not known"));
                return null;
            }
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(name, null, row, column, "'" + text + "' is not a number nor a missing-value "
                + "symbol (c, x, z, u, NA or blank)"));
        return null;
    }
}
