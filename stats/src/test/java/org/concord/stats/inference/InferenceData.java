package org.concord.stats.inference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The two-group datasets of {@code reference/inference-data.csv} (made by {@code python3 inference-data.py}). */
final class InferenceData {

    /** One case: falling (x) and rising (y) values. */
    record Case(String name, double[] x, double[] y) {
    }

    private InferenceData() {
    }

    static Map<String, Case> cases() {
        Map<String, List<Double>> xs = new LinkedHashMap<>();
        Map<String, List<Double>> ys = new LinkedHashMap<>();
        for (Map<String, String> r : ReferenceCsv.rows("inference-data.csv")) {
            Map<String, List<Double>> target = r.get("group").equals("x") ? xs : ys;
            xs.computeIfAbsent(r.get("case"), k -> new ArrayList<>());
            ys.computeIfAbsent(r.get("case"), k -> new ArrayList<>());
            target.get(r.get("case")).add(Double.valueOf(r.get("value")));
        }
        Map<String, Case> cases = new LinkedHashMap<>();
        for (String name : xs.keySet()) {
            cases.put(name, new Case(name, toArray(xs.get(name)), toArray(ys.get(name))));
        }
        return cases;
    }

    static Case get(String name) {
        Case c = cases().get(name);
        if (c == null) {
            throw new IllegalArgumentException("no case " + name);
        }
        return c;
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
