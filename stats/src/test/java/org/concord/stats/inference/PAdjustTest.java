package org.concord.stats.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Holm and Benjamini-Hochberg against R: {@code reference/padjust-expected.csv} comes from
 * {@code Rscript inference-reference.R} ({@code p.adjust(p, "holm")}, {@code p.adjust(p, "BH")}) on a vector with NA
 * entries (kept as NA, not counted in n) and tied p-values.
 */
class PAdjustTest {

    @Test
    void matchesRWithMissingAndTiedValues() {
        List<Map<String, String>> rows = ReferenceCsv.rows("padjust-expected.csv");
        double[] p = rows.stream().map(r -> ReferenceCsv.number(r.get("p")))
                .mapToDouble(v -> v == null ? Double.NaN : v).toArray();
        Double[] holm = PAdjust.holm(p);
        Double[] bh = PAdjust.benjaminiHochberg(p);
        for (int k = 0; k < rows.size(); k++) {
            ClassicTestsTest.assertClose(holm[k], ReferenceCsv.number(rows.get(k).get("holm")), "holm " + k);
            ClassicTestsTest.assertClose(bh[k], ReferenceCsv.number(rows.get(k).get("bh")), "BH " + k);
        }
    }

    @Test
    void boxedInputTreatsNullAsMissing() {
        Double[] p = {0.02, null, 0.01};
        // p.adjust(c(0.02, NA, 0.01), "holm") = 0.02 NA 0.02; "BH" = 0.02 NA 0.02 (n = 2)
        assertThat(PAdjust.holm(p)).containsExactly(0.02, null, 0.02);
        assertThat(PAdjust.benjaminiHochberg(p)).containsExactly(0.02, null, 0.02);
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertThat(PAdjust.holm(new double[0])).isEmpty();
        assertThat(PAdjust.benjaminiHochberg(new double[0])).isEmpty();
    }
}
