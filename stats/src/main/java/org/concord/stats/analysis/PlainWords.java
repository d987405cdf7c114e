package org.concord.stats.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The answer of an analysis in plain words, for the Summary sheet and the command line. */
public final class PlainWords {
    /** The research question the summary answers. */
    public static final String QUESTION = "Is worker-leader agreement in values greater in LAs with falling rates "
            + "than in LAs with rising rates?";

    private PlainWords() {
    }

    /** The answer as a few sentences (one per list element). */
    public static List<String> answer(AnalysisResult result) {
        ComparisonSummary c = result.comparison();
        String index = c.index();
        List<String> out = new ArrayList<>();
        if (c.nFalling() == 0 || c.nRising() == 0 || c.difference() == null) {
            out.add("No answer: the comparison needs LAs in both groups (" + c.nFalling() + " falling, "
                    + c.nRising() + " rising).");
            out.addAll(ModelSentences.of(result.models(), index));
            out.addAll(result.notes());
            return out;
        }
        boolean higherCloser = Indices.higherIsCloser(index);
        double d = c.difference();
        String meaning = (higherCloser ? "higher " : "lower ") + index + " means closer agreement";
        if (d == 0) {
            out.add("Agreement was the same in the " + las(c.nFalling()) + " with falling rates and the "
                    + las(c.nRising()) + " with rising rates (mean " + index + " " + num(c.meanFalling()) + ").");
        } else {
            boolean fallingCloser = (d < 0) != higherCloser;
            out.add("Agreement was " + (fallingCloser ? "greater" : "smaller") + " in the " + las(c.nFalling())
                    + " with falling rates (mean " + index + " " + num(c.meanFalling()) + ") than in the "
                    + las(c.nRising()) + " with rising rates (" + num(c.meanRising()) + "); " + meaning + ".");
        }
        ComparisonSummary.Bootstrap b = c.bootstrap();
        out.add("Difference of means (falling - rising): " + num(d)
                + (b.bcaLo() != null ? ", 95% BCa bootstrap interval " + num(b.bcaLo()) + " to " + num(b.bcaHi())
                : "") + ".");
        ComparisonSummary.Welch w = c.welch();
        StringBuilder tests = new StringBuilder();
        if (w.p() != null) {
            tests.append("Welch's t-test: t = ").append(num(w.t())).append(", df = ").append(fixed(w.df(), 1))
                    .append(", ").append(p(w.p()));
        }
        if (c.permutation().p() != null) {
            tests.append(tests.length() > 0 ? "; " : "").append("permutation test ").append(p(c.permutation().p()))
                    .append(" (").append(c.permutation().method()).append(")");
        }
        if (c.mannWhitney().p() != null) {
            tests.append(tests.length() > 0 ? "; " : "").append("Mann-Whitney U = ")
                    .append(num(c.mannWhitney().u())).append(", ").append(p(c.mannWhitney().p()));
        }
        if (tests.length() > 0) {
            out.add(tests + ".");
        }
        if (w.p() != null) {
            out.add(w.p() < 0.05
                    ? "The difference is statistically significant at the 5% level (Welch's t-test)."
                    : "The difference is not statistically significant at the 5% level (Welch's t-test): these "
                    + "data do not show that agreement differs between LAs with falling and rising rates.");
        }
        out.addAll(ModelSentences.of(result.models(), index));
        out.addAll(result.notes());
        return out;
    }

    private static String las(int n) {
        return n == 1 ? "1 LA" : n + " LAs";
    }

    /** A number with 3 significant decimals, or "undefined". */
    public static String num(Double v) {
        if (v == null || v.isNaN()) {
            return "undefined";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 0.001 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String fixed(Double v, int decimals) {
        return v == null ? "undefined" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A p-value as {@code p = 0.0238} or {@code p < 0.0001}. */
    public static String p(Double p) {
        if (p == null) {
            return "p undefined";
        }
        return p < 0.0001 ? "p < 0.0001" : String.format(Locale.ROOT, "p = %.4f", p);
    }
}
