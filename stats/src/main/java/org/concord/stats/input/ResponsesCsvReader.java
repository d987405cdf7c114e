package org.concord.stats.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.common.CsvInput;

/**
 * Reads long responses CSVs ({@code participant_id,la_code,item,value}, extra columns ignored, UTF-8 with or without a
 * byte-order mark) into a {@link ResponseAccumulator}. Rows are numbered as a spreadsheet shows them: header = row 1.
 */
public final class ResponsesCsvReader {
    /** The required header columns. */
    public static final List<String> REQUIRED = List.of("participant_id", "la_code", "item", "value");

    private ResponsesCsvReader() {
    }

    /**
     * Reads one file; a file without the required columns, or with a header and no rows, is a problem of its own and
     * adds no answers.
     */
    public static void read(Path path, String name, ResponseAccumulator into) {
        CsvInput.read(path, name, table -> {
            Map<String, Integer> header = table.header();
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
                return null;
            }
            int pid = header.get("participant_id");
            int la = header.get("la_code");
            int item = header.get("item");
            int value = header.get("value");
            int laName = header.getOrDefault("la_name", -1);
            int need = Math.max(Math.max(pid, la), Math.max(item, value)) + 1;
            int rows = 0;
            for (CsvInput.Row row : table.rows()) {
                if (row.isBlank()) {
                    continue;
                }
                rows++;
                if (row.size() < need) {
                    into.problem(name, row.number(), null, "the row has " + row.size() + " cells, fewer than the "
                            + need + " the header needs");
                    continue;
                }
                into.add(name, row.number(), row.raw(pid), row.raw(la), row.raw(laName), row.raw(item),
                        row.raw(value));
            }
            if (rows == 0) {
                into.problem(name, 0, null, "the file has a header but no rows of answers; export the responses"
                        + " again, or leave this file out");
            }
            return null;
        });
    }
}
