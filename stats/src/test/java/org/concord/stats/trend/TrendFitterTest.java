package org.concord.stats.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.concord.stats.inference.ReferenceCsv;
import org.junit.jupiter.api.Test;

/**
 * Trend fits against R: expected values in {@code reference/trend-expected.csv} come from
 * {@code Rscript trend-reference.R} (lm(rate ~ year) on {@code trend-rates.csv}), run in test resources reference/.
 */
class TrendFitterTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    void everyCaseMatchesR() {
        List<Map<String, String>> rates = ReferenceCsv.rows("trend-rates.csv");
        List<Map<String, String>> cases = ReferenceCsv.rows("trend-expected.csv");
        assertThat(cases).hasSize(14);
        for (Map<String, String> c : cases) {
            SortedMap<Integer, Double> series = new TreeMap<>();
            for (Map<String, String> r : rates) {
                if (r.get("la").equals(c.get("la"))) {
                    series.put(Integer.valueOf(r.get("year")), ReferenceCsv.number(r.get("rate")));
                }
            }
            TrendFit fit = TrendFitter.fit(series, Integer.parseInt(c.get("from")), Integer.parseInt(c.get("to")),
                    Double.parseDouble(c.get("band")));
            String what = c.toString();
            assertThat(fit.trend().label()).as(what).isEqualTo(c.get("trend"));
            assertThat(fit.years()).as(what).isEqualTo(Integer.parseInt(c.get("years")));
            assertClose(fit.slope(), ReferenceCsv.number(c.get("slope")), what);
            assertClose(fit.pctPerYear(), ReferenceCsv.number(c.get("pct_per_year")), what);
        }
    }

    @Test
    void pctExactlyOnTheBandIsRisingOrFalling() {
        // 98, 100, 102: slope 2, mean 100, pct exactly 2 (computed exactly with centred sums).
        TrendFit up = TrendFitter.fit(new TreeMap<>(Map.of(2016, 98.0, 2017, 100.0, 2018, 102.0)), 2016, 2018, 2);
        TrendFit down = TrendFitter.fit(new TreeMap<>(Map.of(2016, 102.0, 2017, 100.0, 2018, 98.0)), 2016, 2018, 2);
        assertThat(up.pctPerYear()).isEqualTo(2.0);
        assertThat(up.trend()).isEqualTo(Trend.RISING);
        assertThat(down.pctPerYear()).isEqualTo(-2.0);
        assertThat(down.trend()).isEqualTo(Trend.FALLING);
    }

    @Test
    void nonFiniteRatesCountAsMissingYears() {
        SortedMap<Integer, Double> series = new TreeMap<>();
        series.put(2018, 10.0);
        series.put(2019, Double.NaN);
        series.put(2020, 11.0);
        series.put(2021, null);
        TrendFit fit = TrendFitter.fit(series, 2000, 2030, 2);
        assertThat(fit).isEqualTo(new TrendFit(Trend.UNKNOWN, null, null, 2));
    }

    @Test
    void labelsAreLowerCase() {
        assertThat(List.of(Trend.values())).extracting(Trend::label)
                .containsExactly("rising", "falling", "stable", "unknown");
    }

    private static void assertClose(Double actual, Double expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            assertThat(actual).as(what).isCloseTo(expected, within(TOLERANCE));
        }
    }
}
