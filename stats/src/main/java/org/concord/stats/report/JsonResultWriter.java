package org.concord.stats.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.common.OutputFile;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.ComparisonSummary;
import org.concord.stats.analysis.Indices;
import org.concord.stats.analysis.ItemRow;
import org.concord.stats.analysis.LaResult;
import org.concord.stats.analysis.Parameters;
import org.concord.stats.input.InputFile;

/** Writes an {@link AnalysisResult} as the JSON of the design, keys in a fixed order, undefined numbers as null. */
public final class JsonResultWriter {
    private JsonResultWriter() {
    }

    /** The JSON text (UTF-8 when written), ending with a newline. */
    public static String toJson(AnalysisResult result) {
        JsonOut j = new JsonOut().beginObject();
        parameters(j.key("parameters"), result.parameters());
        j.key("las").beginArray();
        for (LaResult la : result.las()) {
            j.beginObject().field("la_code", la.laCode()).field("la_name", la.laName())
                    .field("n_leaders", la.nLeaders()).field("n_workers", la.nWorkers())
                    .field("trend", la.trend()).field("slope", la.slope()).field("pct_per_year", la.pctPerYear())
                    .field("included", la.included()).field("excluded_reason", la.excludedReason());
            for (String name : Indices.NAMES) {
                j.field(name, la.index(name));
            }
            j.endObject();
        }
        j.endArray();
        j.key("icc").beginObject().field("icc1", result.icc().icc1()).field("icc2", result.icc().icc2()).endObject();
        comparison(j.key("comparison"), result.comparison());
        j.key("items").beginArray();
        for (ItemRow item : result.items()) {
            j.beginObject().field("name", item.name()).field("domain", item.domain())
                    .field("reverse", item.reverse()).field("label", item.label());
            group(j.key("falling"), item.falling());
            group(j.key("rising"), item.rising());
            j.key("welch").beginObject().field("t", item.t()).field("df", item.df()).field("p", item.p()).endObject();
            j.field("p_holm", item.pHolm()).field("p_bh", item.pBh()).endObject();
        }
        j.endArray();
        j.key("notes").beginArray();
        result.notes().forEach(j::value);
        j.endArray();
        ModelsJson.write(j, result.models());
        return j.endObject() + "\n";
    }

    /** Writes the JSON to a file (UTF-8, no byte-order mark) through a temporary file renamed into place. */
    public static void write(AnalysisResult result, Path file) throws IOException {
        String json = toJson(result);
        OutputFile.replace(file, temp -> Files.writeString(temp, json, StandardCharsets.UTF_8));
    }

    private static void parameters(JsonOut j, Parameters p) {
        j.beginObject().field("concord_version", p.concordVersion());
        j.key("form").beginObject().field("id", p.formId()).field("version", p.formVersion())
                .field("sha256", p.formSha256()).endObject();
        j.key("inputs").beginArray();
        for (InputFile f : p.inputs()) {
            j.beginObject().field("role", f.role()).field("file", f.name()).field("sha256", f.sha256()).endObject();
        }
        j.endArray();
        j.key("rates").beginObject().field("shape", p.ratesShape()).field("rate_column", p.rateColumn()).endObject();
        j.key("years").beginArray().value(p.yearFrom()).value(p.yearTo()).endArray();
        j.field("stable_band", p.stableBand()).field("index", p.index())
                .field("min_leaders", p.minLeaders()).field("min_workers", p.minWorkers())
                .field("seed", p.seed()).field("permutations", p.permutations()).field("bootstrap", p.bootstrap());
        j.endObject();
    }

    private static void comparison(JsonOut j, ComparisonSummary c) {
        j.beginObject().field("index", c.index()).field("n_falling", c.nFalling()).field("n_rising", c.nRising())
                .field("mean_falling", c.meanFalling()).field("mean_rising", c.meanRising())
                .field("difference", c.difference());
        j.key("welch").beginObject().field("t", c.welch().t()).field("df", c.welch().df())
                .field("p", c.welch().p()).endObject();
        j.key("mann_whitney").beginObject().field("u", c.mannWhitney().u()).field("p", c.mannWhitney().p())
                .field("method", c.mannWhitney().method()).endObject();
        j.key("permutation").beginObject().field("p", c.permutation().p())
                .field("method", c.permutation().method()).field("resamples", c.permutation().resamples())
                .endObject();
        j.field("hedges_g", c.hedgesG()).field("cliffs_delta", c.cliffsDelta());
        ComparisonSummary.Bootstrap b = c.bootstrap();
        j.key("bootstrap").beginObject().field("resamples", b.resamples());
        j.key("percentile").beginArray().value(b.percentileLo()).value(b.percentileHi()).endArray();
        j.key("bca").beginArray().value(b.bcaLo()).value(b.bcaHi()).endArray();
        j.endObject().endObject();
    }

    private static void group(JsonOut j, ItemRow.Group g) {
        j.beginObject().field("n", g.n()).field("leader_mean", g.leaderMean()).field("worker_mean", g.workerMean())
                .field("gap", g.gap()).endObject();
    }
}
