package org.concord.stats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.testing.TestRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonResultWriterTest {
    @TempDir
    Path dir;

    /** The keys of one object, in order, from the line after {@code "name": {} to its closing brace. */
    private static List<String> keysOf(String json, String name) {
        int start = json.indexOf("\"" + name + "\": {");
        int depth = 0;
        List<String> keys = new ArrayList<>();
        Matcher key = Pattern.compile("^\\s*\"([a-z_0-9]+)\": ").matcher("");
        for (String line : json.substring(start).split("\n")) {
            if (depth == 1 && key.reset(line).find()) {
                keys.add(key.group(1));
            }
            depth += line.chars().filter(c -> c == '{' || c == '[').count();
            depth -= line.chars().filter(c -> c == '}' || c == ']').count();
            if (depth == 0) {
                break;
            }
        }
        return keys;
    }

    @Test
    void theJsonHasExactlyTheKeysOfTheDesign() throws Exception {
        AnalysisResult result = TestRuns.run(dir, TestRuns.OPTIONS);
        String json = JsonResultWriter.toJson(result);
        assertThat(json).startsWith("{\n  \"parameters\": {").endsWith("}\n");
        assertThat(keysOf("{\"root\": " + json, "root"))
                .containsExactly("parameters", "las", "icc", "comparison", "items", "notes", "scales", "factors",
                        "models");
        assertThat(keysOf(json, "icc")).containsExactly("icc1", "icc2");
        assertThat(keysOf(json, "comparison")).containsExactly("index", "n_falling", "n_rising", "mean_falling",
                "mean_rising", "difference", "welch", "mann_whitney", "permutation", "hedges_g", "cliffs_delta",
                "bootstrap");
        assertThat(keysOf(json, "welch")).containsExactly("t", "df", "p");
        assertThat(keysOf(json, "mann_whitney")).containsExactly("u", "p", "method");
        assertThat(keysOf(json, "permutation")).containsExactly("p", "method", "resamples");
        assertThat(keysOf(json, "bootstrap")).containsExactly("resamples", "percentile", "bca");
        String firstLa = json.substring(json.indexOf("\"las\": [") + 8);
        assertThat(keysOf("\"la\": " + firstLa.trim(), "la")).containsExactly("la_code", "la_name", "n_leaders",
                "n_workers", "trend", "slope", "pct_per_year", "included", "excluded_reason", "person_mad",
                "person_d2", "group_mad", "group_d", "profile_r", "rwg_j", "rwg_j_lindell", "ad_mean");
        // LA12 is not in the rates file: its trend figures are null, not NaN
        assertThat(json).contains("\"la_code\": \"LA12\",\n      \"la_name\": \"Authority 12\",\n      "
                + "\"n_leaders\": 3,\n      \"n_workers\": 6,\n      \"trend\": \"unknown\",\n      \"slope\": null,\n"
                + "      \"pct_per_year\": null,\n      \"included\": false,\n      \"excluded_reason\": \"not in the "
                + "rates file\"");
        assertThat(json).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void numbersReadBackToTheSameDoubles() throws Exception {
        AnalysisResult result = TestRuns.run(dir, TestRuns.OPTIONS);
        String json = JsonResultWriter.toJson(result);
        Matcher p = Pattern.compile("\"welch\": \\{\\s*\"t\": ([^,]+),\\s*\"df\": ([^,]+),\\s*\"p\": ([^\\s]+)")
                .matcher(json.substring(json.indexOf("\"comparison\"")));
        assertThat(p.find()).isTrue();
        assertThat(Double.parseDouble(p.group(1))).isEqualTo(result.comparison().welch().t());
        assertThat(Double.parseDouble(p.group(2))).isEqualTo(result.comparison().welch().df());
        assertThat(Double.parseDouble(p.group(3))).isEqualTo(result.comparison().welch().p());
    }

    @Test
    void textIsEscaped() {
        JsonOut j = new JsonOut().beginObject().field("s", "a\"b\\c\nd\u0001").field("n", Double.NaN)
                .field("z", -0.0).endObject();
        assertThat(j.toString()).isEqualTo("{\n  \"s\": \"a\\\"b\\\\c\\nd\\u0001\",\n  \"n\": null,\n  \"z\": 0.0\n}");
    }
}
