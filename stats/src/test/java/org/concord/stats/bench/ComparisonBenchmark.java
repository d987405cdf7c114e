package org.concord.stats.bench;

import java.util.SplittableRandom;
import org.concord.stats.inference.Comparison;
import org.concord.stats.inference.ComparisonResult;

/**
 * Times {@link Comparison#compare} on 150 LAs split 75/75 with 99,999 permutations and 9,999 bootstrap resamples
 * (the analysis defaults). Run with {@code bench/stats-comparison.sh}.
 */
public final class ComparisonBenchmark {

    private ComparisonBenchmark() {
    }

    /** Prints the time of the first (cold) call and of further warm calls. */
    public static void main(String[] args) {
        SplittableRandom data = new SplittableRandom(2026);
        double[] falling = new double[75];
        double[] rising = new double[75];
        for (int k = 0; k < 75; k++) {
            falling[k] = 0.90 + 0.5 * data.nextDouble();
            rising[k] = 0.95 + 0.5 * data.nextDouble();
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            ComparisonResult r = Comparison.compare(falling, rising, 1, 99_999, 9_999);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("run %d: Comparison.compare 75/75, 99,999 permutations, 9,999 bootstrap: %d ms"
                    + " (permutation p %s, %s; BCa [%s, %s])%n", run, ms, r.permutation().p(),
                    r.permutation().method(), r.bootstrap().bcaLo(), r.bootstrap().bcaHi());
        }
    }
}
