package org.concord.stats.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The answer of an analysis in plain words, for the workspace, the Summary sheet and the command line, in the analysis
 * language (the sentences are in the {@code plainwords} bundles).
 */
public final class PlainWords {
    /** The research question the summary answers, in English. */
    public static final String QUESTION = question("en");

    private PlainWords() {
    }

    /** The research question in {@code language} (a language code such as {@code en} or {@code cy}). */
    public static String question(String language) {
        return new PlainText(language).get("question");
    }

    /** The answer in English as a few sentences (one per list element). */
    public static List<String> answer(AnalysisResult result) {
        return answer(result, "en");
    }

    /** The answer in {@code language} as a few sentences (one per list element); the analysis notes stay as given. */
    public static List<String> answer(AnalysisResult result, String language) {
        PlainText t = new PlainText(language);
        ComparisonSummary c = result.comparison();
        String index = c.index();
        List<String> out = new ArrayList<>();
        if (c.nFalling() == 0 || c.nRising() == 0 || c.difference() == null) {
            out.add(t.get("noAnswer", c.nFalling(), c.nRising()));
            out.addAll(ModelSentences.of(result.models(), index, t));
            out.addAll(result.notes());
            return out;
        }
        boolean higherCloser = Indices.higherIsCloser(index);
        double d = c.difference();
        String meaning = t.get(higherCloser ? "meaning.higher" : "meaning.lower", index);
        String falling = t.get("las", c.nFalling());
        String rising = t.get("las", c.nRising());
        if (d == 0) {
            out.add(t.get("same", falling, rising, index, t.num(c.meanFalling())));
        } else {
            boolean fallingCloser = (d < 0) != higherCloser;
            out.add(t.get(fallingCloser ? "greater" : "smaller", falling, index, t.num(c.meanFalling()), rising,
                    t.num(c.meanRising()), meaning));
        }
        ComparisonSummary.Bootstrap b = c.bootstrap();
        out.add(b.bcaLo() != null ? t.get("difference.interval", t.num(d), t.num(b.bcaLo()), t.num(b.bcaHi()))
                : t.get("difference", t.num(d)));
        ComparisonSummary.Welch w = c.welch();
        List<String> tests = new ArrayList<>();
        if (w.p() != null) {
            tests.add(t.get("welch", t.num(w.t()), w.df() == null ? t.get("undefined")
                    : String.format(Locale.ROOT, "%.1f", w.df()), t.p(w.p())));
        }
        if (c.permutation().p() != null) {
            tests.add(t.get("permutation", t.p(c.permutation().p()), c.permutation().method()));
        }
        if (c.mannWhitney().p() != null) {
            tests.add(t.get("mannWhitney", t.num(c.mannWhitney().u()), t.p(c.mannWhitney().p())));
        }
        if (!tests.isEmpty()) {
            out.add(String.join("; ", tests) + ".");
        }
        if (w.p() != null) {
            out.add(t.get(w.p() < 0.05 ? "significant" : "notSignificant"));
        }
        out.addAll(ModelSentences.of(result.models(), index, t));
        out.addAll(result.notes());
        return out;
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

    /** A p-value as {@code p = 0.0238} or {@code p < 0.0001}. */
    public static String p(Double p) {
        return new PlainText("en").p(p);
    }
}
