package org.concord.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.concord.stats.inference.ReferenceCsv;
import org.junit.jupiter.api.Test;

/**
 * ICC(1)/ICC(2) against R: {@code reference/icc-expected.csv} comes from {@code Rscript agreement-reference.R}
 * (multilevel 2.7 ICC1/ICC2 of aov(score ~ as.factor(la)), score = a respondent's mean over the answered items after
 * reverse-scoring; E-W2 answered nothing, so the score is NA and aov drops it).
 */
class IccTest {

    @Test
    void matchesMultilevel() {
        List<Map<String, String>> rows = ReferenceCsv.rows("agreement-responses.csv");
        double[] scores = new double[rows.size()];
        String[] groups = new String[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            Map<String, String> r = rows.get(k);
            double sum = 0;
            int n = 0;
            for (String q : AgreementIndicesTest.ITEMS) {
                double x = ReferenceCsv.value(r.get(q));
                if (!Double.isNaN(x)) {
                    sum += AgreementIndicesTest.REVERSED.contains(q) ? (AgreementIndicesTest.SCALE + 1) - x : x;
                    n++;
                }
            }
            scores[k] = n == 0 ? Double.NaN : sum / n;
            groups[k] = r.get("la");
        }
        Map<String, String> expected = ReferenceCsv.rows("icc-expected.csv").get(0);
        Icc.IccResult icc = Icc.compute(scores, groups);
        assertThat(icc.icc1()).isCloseTo(Double.parseDouble(expected.get("icc1")), within(1e-9));
        assertThat(icc.icc2()).isCloseTo(Double.parseDouble(expected.get("icc2")), within(1e-9));
    }

    @Test
    void oneGroupOrNoWithinVarianceDegreesIsUndefined() {
        assertThat(Icc.compute(new double[] {1, 2, 3}, new String[] {"a", "a", "a"}))
                .isEqualTo(new Icc.IccResult(null, null));
        assertThat(Icc.compute(new double[] {1, 2}, new String[] {"a", "b"}))
                .isEqualTo(new Icc.IccResult(null, null));
    }

    @Test
    void identicalGroupMeansGiveNoIcc2ButAnIcc1() {
        // MSB = 0: ICC2 = (0 - MSW)/0 is undefined; ICC1 = -MSW / ((N/K - 1) MSW) = -1/(N/K - 1) = -1.
        Icc.IccResult r = Icc.compute(new double[] {1, 3, 1, 3}, new String[] {"a", "a", "b", "b"});
        assertThat(r.icc2()).isNull();
        assertThat(r.icc1()).isCloseTo(-1.0, within(1e-12));
    }
}
