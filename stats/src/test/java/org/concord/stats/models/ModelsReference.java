package org.concord.stats.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.stats.inference.ReferenceCsv;

/** Reads the datasets and expected values that {@code reference/models/models-reference.R} wrote (R's write.csv). */
final class ModelsReference {
    private ModelsReference() {
    }

    /** Rows of {@code reference/models/NAME} with R's quotes removed. */
    static List<Map<String, String>> rows(String name) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> row : ReferenceCsv.rows("models/" + name)) {
            Map<String, String> clean = new LinkedHashMap<>();
            row.forEach((k, v) -> clean.put(unquote(k), unquote(v)));
            out.add(clean);
        }
        return out;
    }

    /** The expected values of one case of a {@code case,key,value} file, by key. */
    static Map<String, Double> expected(String file, String caseName) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map<String, String> row : rows(file)) {
            if (caseName.equals(row.get("case"))) {
                String v = row.get("value");
                out.put(row.get("key"), "Inf".equals(v) ? Double.valueOf(Double.POSITIVE_INFINITY) : ReferenceCsv.number(v));
            }
        }
        return out;
    }

    /** The numeric columns of a dataset as a matrix (NA = NaN). */
    static double[][] matrix(String file, List<String> columns) {
        List<Map<String, String>> rows = rows(file);
        double[][] m = new double[rows.size()][columns.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                String v = rows.get(i).get(columns.get(j));
                m[i][j] = "NA".equals(v) ? Double.NaN : ReferenceCsv.value(v);
            }
        }
        return m;
    }

    /** The header of a dataset. */
    static List<String> columns(String file) {
        return List.copyOf(rows(file).get(0).keySet());
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
