package org.concord.stats.inference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the simple unquoted CSV files under test resources {@code reference/} (written by the R/python scripts). */
public final class ReferenceCsv {

    private ReferenceCsv() {
    }

    /** Rows as maps from header to trimmed cell text ("" for a blank cell). */
    public static List<Map<String, String>> rows(String name) {
        List<String> lines = lines(name);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int k = 0; k < header.length; k++) {
                row.put(header[k].trim(), k < cells.length ? cells[k].trim() : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** All lines of a resource file. */
    public static List<String> lines(String name) {
        try (InputStream in = ReferenceCsv.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource reference/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number cell: blank or NA is null (undefined), otherwise the exact double. */
    public static Double number(String cell) {
        return cell.isEmpty() || cell.equals("NA") ? null : Double.valueOf(cell);
    }

    /** A cell for a data value: blank is NaN (a missing answer). */
    public static double value(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }
}
