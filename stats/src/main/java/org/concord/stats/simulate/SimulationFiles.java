package org.concord.stats.simulate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.concord.common.OutputFile;

/** Writes a synthetic study's files: the long responses CSV and the tidy rates CSV. */
public final class SimulationFiles {
    /** Header of the long responses CSV (the first four columns are the ones analysis reads). */
    public static final List<String> LONG_HEADER =
            List.of("participant_id", "la_code", "item", "value", "la_name", "answered_at", "language");
    /** Header of the tidy rates CSV. */
    public static final List<String> RATES_HEADER = List.of("la_code", "year", "rate", "la_name");
    /** When the synthetic fieldwork starts: the first LA is visited on this day, one LA a day after it. */
    public static final Instant FIELDWORK_START = Instant.parse("2025-03-03T09:00:00Z");

    private SimulationFiles() {
    }

    /**
     * Writes the long responses CSV: UTF-8 with a byte-order mark, one row per answer (unanswered questions have no
     * row), participants in the study's order and answers in form order. Times are synthetic: LA i is visited on day
     * i of the fieldwork, a participant every 25 minutes, an answer every 20 seconds.
     */
    public static void writeLongCsv(SyntheticStudy study, Path file) {
        replace(file, temp -> writeLongCsvTo(study, temp));
    }

    /** Writes {@code file} through a temporary file renamed into place (see {@link OutputFile#replace}). */
    private static void replace(Path file, OutputFile.Content<Object> content) {
        try {
            OutputFile.replace(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Object writeLongCsvTo(SyntheticStudy study, Path file) throws IOException {
        Map<String, String> names = laNames(study);
        Map<String, Integer> laIndex = new HashMap<>();
        for (int i = 0; i < study.las().size(); i++) {
            laIndex.put(study.las().get(i).code(), i);
        }
        Map<String, Integer> seen = new HashMap<>();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            out.write('\uFEFF');
            csv.printRecord(LONG_HEADER);
            for (SimulatedParticipant p : study.participants()) {
                int k = seen.merge(p.laCode(), 1, Integer::sum) - 1;
                Instant start = startOf(laIndex.get(p.laCode()), k);
                // Strings shared by all of a participant's rows are made once (a national study has 450,000 rows).
                String id = p.id().toString();
                String laCode = text(p.laCode());
                String laName = text(names.get(p.laCode()));
                int a = 0;
                for (Map.Entry<String, String> answer : p.answers().entrySet()) {
                    csv.printRecord(id, laCode, text(answer.getKey()), text(answer.getValue()), laName,
                            start.plusSeconds(20L * a++).toString(), p.language());
                }
            }
        }
        return file;
    }

    /** The synthetic time participant {@code k} of LA {@code laIndex} starts. */
    public static Instant startOf(int laIndex, int k) {
        return FIELDWORK_START.plus(Duration.ofDays(laIndex)).plus(Duration.ofMinutes(25L * k));
    }

    /** Writes the tidy rates CSV ({@code la_code,year,rate,la_name}, UTF-8), one row per LA and year. */
    public static void writeTidyRates(SyntheticStudy study, Path file) {
        replace(file, temp -> writeTidyRatesTo(study, temp));
    }

    private static Object writeTidyRatesTo(SyntheticStudy study, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(RATES_HEADER);
            for (SimulatedLa la : study.las()) {
                for (SimulatedLa.RatePoint point : la.rates()) {
                    csv.printRecord(text(la.code()), point.year(),
                            String.format(Locale.ROOT, "%.1f", point.rate()), text(la.name()));
                }
            }
        }
        return file;
    }

    private static Map<String, String> laNames(SyntheticStudy study) {
        Map<String, String> names = new HashMap<>();
        study.las().forEach(la -> names.put(la.code(), la.name()));
        return names;
    }

    /**
     * A text cell as a spreadsheet must show it: a cell starting with {@code = + - @}, tab or carriage return that is
     * not a number gets a leading apostrophe, so that it is never run as a formula.
     */
    static String text(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            try {
                Double.parseDouble(cell);
                return cell;
            } catch (NumberFormatException notANumber) {
                return "'" + cell;
            }
        }
        return cell;
    }
}
