package org.concord.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.Indices;
import org.concord.stats.analysis.LaResult;
import org.concord.study.export.spss.SavWriter;
import org.concord.study.export.wide.Measure;
import org.concord.study.export.wide.MemoryTable;
import org.concord.study.export.wide.VariableKind;
import org.concord.study.export.wide.VariableStats;

/**
 * {@code concord analyse --la-sav FILE}: the analysis JSON's per-LA table as an SPSS system file, one row per LA with
 * the same columns ({@code trend} coded 1 falling, 2 stable, 3 rising, 4 unknown; {@code included} 0/1), for
 * analysts who continue in SPSS.
 */
final class LaTableSav {
    /** Codes of {@code trend}. */
    static final List<String> TRENDS = List.of("falling", "stable", "rising", "unknown");

    private LaTableSav() {
    }

    /** Writes the table; {@code out} must not exist. */
    static void write(AnalysisResult result, Path out) throws IOException {
        MemoryTable table = new MemoryTable()
                .column(text("la_code", "Local authority code"))
                .column(text("la_name", "Local authority"))
                .column(number("n_leaders", "Leaders", Measure.SCALE))
                .column(number("n_workers", "Workers", Measure.SCALE))
                .column(number("trend", "Trend of the rate", Measure.NOMINAL)
                        .labels(Map.of(1L, TRENDS.get(0), 2L, TRENDS.get(1), 3L, TRENDS.get(2), 4L, TRENDS.get(3))))
                .column(number("slope", "OLS slope of rate on year", Measure.SCALE))
                .column(number("pct_per_year", "Slope as % of the mean rate a year", Measure.SCALE))
                .column(number("included", "Entered the comparison", Measure.NOMINAL)
                        .labels(Map.of(0L, "no", 1L, "yes")))
                .column(text("excluded_reason", "Why the LA was left out"));
        for (String index : Indices.NAMES) {
            table.column(number(index, "Index " + index, Measure.SCALE));
        }
        for (LaResult la : result.las()) {
            List<Object> row = new ArrayList<>(List.of(la.laCode(), la.laName() == null ? "" : la.laName(),
                    la.nLeaders(), la.nWorkers(), code(la.trend())));
            row.add(la.slope());
            row.add(la.pctPerYear());
            row.add(la.included() ? 1 : 0);
            row.add(la.excludedReason());
            for (String index : Indices.NAMES) {
                row.add(la.index(index));
            }
            table.row(row.toArray());
        }
        SavWriter.write(table, out, "Concord analysis: LAs");
    }

    private static Double code(String trend) {
        int i = TRENDS.indexOf(trend);
        return i < 0 ? null : (double) (i + 1);
    }

    private static VariableStats text(String name, String label) {
        return new VariableStats(name, label, VariableKind.TEXT, Measure.NOMINAL);
    }

    private static VariableStats number(String name, String label, Measure measure) {
        return new VariableStats(name, label, VariableKind.NUMBER, measure);
    }
}
