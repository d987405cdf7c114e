package org.concord.stats.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.SplittableRandom;
import org.concord.stats.agreement.AgreementIndices;
import org.concord.stats.agreement.Icc;
import org.junit.jupiter.api.Test;

/**
 * Results never hold NaN or infinity (the JSON has null for undefined numbers): many small, tie-heavy and degenerate
 * inputs (empty groups, groups of one, constant values, all answers missing) through every public entry point.
 */
class NoNaNTest {

    @Test
    void comparisonsOfSmallTiedAndDegenerateGroups() {
        SplittableRandom random = new SplittableRandom(99);
        for (int run = 0; run < 400; run++) {
            double[] x = values(random, random.nextInt(6));
            double[] y = values(random, random.nextInt(6));
            assertFinite(Comparison.compare(x, y, run, 99, 99));
        }
    }

    @Test
    void indicesAndIccOfSparseAnswers() {
        SplittableRandom random = new SplittableRandom(7);
        for (int run = 0; run < 400; run++) {
            int items = 1 + random.nextInt(4);
            double[][] leaders = answers(random, random.nextInt(4), items);
            double[][] workers = answers(random, random.nextInt(5), items);
            assertFinite(AgreementIndices.compute(leaders, workers, 2 + random.nextInt(6)));
            double[] scores = values(random, random.nextInt(8));
            String[] groups = new String[scores.length];
            for (int k = 0; k < scores.length; k++) {
                groups[k] = "g" + random.nextInt(3);
                if (random.nextInt(5) == 0) {
                    scores[k] = Double.NaN;
                }
            }
            assertFinite(Icc.compute(scores, groups));
        }
    }

    private static double[] values(SplittableRandom random, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = 1 + random.nextInt(3);
        }
        return v;
    }

    private static double[][] answers(SplittableRandom random, int rows, int items) {
        double[][] m = new double[rows][items];
        for (double[] row : m) {
            for (int i = 0; i < items; i++) {
                row[i] = random.nextInt(3) == 0 ? Double.NaN : 1 + random.nextInt(2);
            }
        }
        return m;
    }

    /** Every Double component of the record (and of nested records) is null or finite. */
    private static void assertFinite(Record r) {
        if (r == null) {
            return;
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            if (value instanceof Double d) {
                assertThat(Double.isFinite(d)).as(r + " " + c.getName()).isTrue();
            } else if (value instanceof Record nested) {
                assertFinite(nested);
            }
        }
    }
}
