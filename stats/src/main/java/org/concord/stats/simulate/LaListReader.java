package org.concord.stats.simulate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.common.CsvInput;
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
        CsvInput.read(file, name, table -> {
            int codeColumn = table.column("la_code");
            if (codeColumn < 0) {
                throw new InputException(new Problem(name, null, 1, null, "no la_code column; the LA list needs"
                        + " the columns la_code and optionally la_name, leaders and workers"));
            }
            int nameColumn = table.column("la_name");
            int leadersColumn = table.column("leaders");
            int workersColumn = table.column("workers");
            Set<String> seen = new HashSet<>();
            for (CsvInput.Row row : table.rows()) {
                String code = row.cell(codeColumn);
                if (code.isEmpty()) {
                    if (!row.isBlank()) {
                        problems.add(new Problem(name, null, row.number(), "la_code", "the LA code is blank; give"
                                + " every LA a code"));
                    }
                    continue;
                }
                if (!seen.add(code)) {
                    problems.add(new Problem(name, null, row.number(), "la_code", "LA " + code + " is listed twice;"
                            + " list each LA once"));
                }
                String laName = row.cell(nameColumn);
                int leaders = count(row.cell(leadersColumn), "leaders", defaultLeaders, name, row.number(), problems);
                int workers = count(row.cell(workersColumn), "workers", defaultWorkers, name, row.number(), problems);
                out.add(new LaPlan(code, laName.isEmpty() ? code : laName, leaders, workers));
            }
            return null;
        });
        if (out.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.ofFile(name, "the LA list has no LAs; add one row per LA under the header"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    private static int count(String text, String column, int fallback, String file, int row,
                             List<Problem> problems) {
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
