package org.concord.app.ui.start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.common.CsvInput;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.stats.input.RatesReader;
import org.concord.study.LocalAuthority;

/**
 * Reads a list of local authorities (codes and names) from a CSV file, in any of three shapes recognised by the header:
 * a plain list ({@code code,name} or {@code la_code,la_name}), a tidy rates file ({@code la_code,year,rate} with
 * optional {@code la_name}), or a DfE Explore Education Statistics file (only its {@code Local authority} rows; the
 * code is {@code new_la_code}, else {@code old_la_code}). Each LA appears once, with its name from the latest row; a
 * DfE period such as {@code 201920} is the year it ends (2020), as {@link RatesReader} reads it.
 */
public final class LaListFile {
    private LaListFile() {
    }

    /** The LAs in {@code file}, in first-seen order; every problem found is reported at once. */
    public static List<LocalAuthority> read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return CsvInput.read(file, name, table -> {
            int level = table.column("geographic_level");
            int newCode = table.column("new_la_code");
            int oldCode = table.column("old_la_code");
            int period = table.column("time_period");
            int codeColumn = table.column("code", "la_code");
            int nameColumn = table.column("name", "la_name");
            boolean dfe = level >= 0 && nameColumn >= 0 && (newCode >= 0 || oldCode >= 0);
            if (!dfe && codeColumn < 0) {
                throw InputException.ofFile(name, "no column of LA codes: the header needs 'code' or 'la_code' "
                        + "(with 'name' or 'la_name'), or be a DfE statistics file with 'new_la_code' and 'la_name'");
            }
            Map<String, LocalAuthority> las = new LinkedHashMap<>();
            Map<String, Integer> latestYear = new LinkedHashMap<>();
            List<Problem> problems = new ArrayList<>();
            for (CsvInput.Row row : table.rows()) {
                if (dfe) {
                    if (!"Local authority".equalsIgnoreCase(row.cell(level))) {
                        continue;
                    }
                    String code = row.cell(newCode);
                    if (code.isEmpty()) {
                        code = row.cell(oldCode);
                    }
                    String laName = row.cell(nameColumn);
                    if (code.isEmpty()) {
                        problems.add(new Problem(name, null, row.number(), "new_la_code",
                                "a Local authority row has no LA code; fill in new_la_code or old_la_code"));
                        continue;
                    }
                    Integer year = RatesReader.year(row.cell(period));
                    int y = year == null ? Integer.MIN_VALUE : year;
                    if (y >= latestYear.getOrDefault(code, Integer.MIN_VALUE)) {
                        latestYear.put(code, y);
                        las.put(code, new LocalAuthority(code, laName.isEmpty() ? code : laName));
                    }
                } else {
                    String code = row.cell(codeColumn);
                    String laName = row.cell(nameColumn);
                    if (code.isEmpty()) {
                        if (!laName.isEmpty()) {
                            problems.add(new Problem(name, null, row.number(), table.headerNames().get(codeColumn),
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
        });
    }

}
