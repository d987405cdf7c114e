package org.concord.stats.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.concord.stats.input.LaResponses;
import org.concord.stats.testing.TestForms;
import org.junit.jupiter.api.Test;

class ItemTableTest {
    private static final double N = Double.NaN;

    /** An LA with leaders and workers answering q1..q4 (already reverse-scored). */
    private static LaResponses la(String code, double[][] leaders, double[][] workers) {
        return new LaResponses(code, null, leaders, workers);
    }

    /**
     * Both groups get their rows (regression: Tablesaw's Selection.and changed the item selection in place, so the
     * rising group of every item came out empty).
     */
    @Test
    void bothGroupsAreFilledAndMatchR() {
        List<LaResponses> las = List.of(
                la("F1", new double[][] {{4, 4, 3, 2}, {4, 5, 3, 2}}, new double[][] {{4, 4, 3, N}, {3, 4, 3, 2}}),
                la("F2", new double[][] {{3, 3, 3, 3}, {3, 3, 2, 3}}, new double[][] {{3, 2, 2, 3}, {3, 3, 3, 3}}),
                la("F3", new double[][] {{5, 4, 4, 4}, {4, 4, 4, 4}}, new double[][] {{5, 4, 4, 4}, {5, 3, 4, 4}}),
                la("R1", new double[][] {{2, 2, 4, 4}, {2, 3, 4, 5}}, new double[][] {{4, 4, 2, 2}, {5, 4, 2, 3}}),
                la("R2", new double[][] {{1, 2, 5, 5}, {2, 2, 5, 4}}, new double[][] {{4, 5, 1, 2}, {3, 4, 2, 1}}),
                la("R3", new double[][] {{3, 2, 4, 5}, {2, 1, 4, 4}}, new double[][] {{4, 4, 3, 2}, {5, 5, 2, N}}));
        List<ItemRow> rows = ItemTable.build(TestForms.small(), las,
                List.of("falling", "falling", "falling", "rising", "rising", "rising"));
        ItemRow q1 = rows.get(0);
        // per-LA gaps of q1: falling (3.5-4, 3-3, 5-4.5) = (-0.5, 0, 0.5); rising (4.5-2, 3.5-1.5, 4.5-2.5) = (2.5, 2, 2)
        assertThat(q1.falling().n()).isEqualTo(3);
        assertThat(q1.rising().n()).isEqualTo(3);
        assertThat(q1.falling().gap()).isCloseTo(0.0, within(1e-12));
        assertThat(q1.rising().gap()).isCloseTo(6.5 / 3, within(1e-12));
        assertThat(q1.rising().leaderMean()).isCloseTo(6.0 / 3, within(1e-12));
        // Expected values: R 4, t.test(gap_falling, gap_rising) per item, then p.adjust(p, "holm") and
        // p.adjust(p, "BH"); gaps as colMeans(W, na.rm=TRUE) - colMeans(L, na.rm=TRUE) per LA.
        double[][] tDfP = {
            {-6.5, 3.1999999999999997, 0.0060505961706243741},
            {-6.4253960411568629, 2, 0.02337551764357566},
            {3.8829013735766043, 2, 0.060381522700365946},
            {8.6602540378443873, 2, 0.013072457560346513}};
        double[] holm = {0.024202384682497496, 0.04675103528715132, 0.060381522700365946, 0.039217372681039538};
        double[] bh = {0.024202384682497496, 0.031167356858100879, 0.060381522700365946, 0.026144915120693026};
        for (int j = 0; j < 4; j++) {
            ItemRow r = rows.get(j);
            assertThat(r.t()).as("t of item %d", j + 1).isCloseTo(tDfP[j][0], within(1e-9));
            assertThat(r.df()).as("df of item %d", j + 1).isCloseTo(tDfP[j][1], within(1e-9));
            assertThat(r.p()).as("p of item %d", j + 1).isCloseTo(tDfP[j][2], within(1e-9));
            assertThat(r.pHolm()).as("Holm p of item %d", j + 1).isCloseTo(holm[j], within(1e-9));
            assertThat(r.pBh()).as("BH p of item %d", j + 1).isCloseTo(bh[j], within(1e-9));
        }
        assertThat(rows.get(3).label()).isEqualTo("=1+1 looks like a formula");
        assertThat(rows.get(1).reverse()).isTrue();
    }
}
