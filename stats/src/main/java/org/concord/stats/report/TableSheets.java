package org.concord.stats.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.ComparisonSummary;
import org.concord.stats.analysis.Indices;
import org.concord.stats.analysis.ItemRow;
import org.concord.stats.analysis.LaResult;

/** The table sheets of the report: {@code LAs}, {@code Comparison} and {@code Items}. */
final class TableSheets {
    private TableSheets() {
    }

    static void las(XSSFSheet sheet, Cells cells, AnalysisResult result) {
        String[] headers = new String[9 + Indices.NAMES.size()];
        String[] fixed = {"LA code", "LA name", "Leaders", "Workers", "Trend", "Slope (rate a year)", "% a year",
            "Included", "Excluded because"};
        System.arraycopy(fixed, 0, headers, 0, fixed.length);
        for (int i = 0; i < Indices.NAMES.size(); i++) {
            headers[fixed.length + i] = Indices.NAMES.get(i);
        }
        int r = 1;
        for (LaResult la : result.las()) {
            cells.text(sheet, r, 0, la.laCode());
            cells.text(sheet, r, 1, la.laName());
            cells.number(sheet, r, 2, (double) la.nLeaders(), cells.integer);
            cells.number(sheet, r, 3, (double) la.nWorkers(), cells.integer);
            cells.text(sheet, r, 4, la.trend());
            cells.number(sheet, r, 5, la.slope(), cells.dec3);
            cells.number(sheet, r, 6, la.pctPerYear(), cells.dec1);
            cells.text(sheet, r, 7, la.included() ? "yes" : "no");
            cells.text(sheet, r, 8, la.excludedReason());
            for (int i = 0; i < Indices.NAMES.size(); i++) {
                cells.number(sheet, r, fixed.length + i, la.index(Indices.NAMES.get(i)), cells.dec3);
            }
            r++;
        }
        cells.table(sheet, 0, headers, r - 1);
        Cells.widths(sheet, 12, 28, 9, 9, 9, 11, 9, 9, 48, 11, 11, 11, 11, 11, 11, 13, 11);
    }

    static void comparison(XSSFSheet sheet, Cells cells, AnalysisResult result) {
        ComparisonSummary c = result.comparison();
        Object[][] rows = {
            {"Compared index", c.index(), null, "the per-LA agreement index compared between groups"},
            {"LAs, falling", (double) c.nFalling(), cells.integer, "included LAs with a falling trend (x)"},
            {"LAs, rising", (double) c.nRising(), cells.integer, "included LAs with a rising trend (y)"},
            {"Mean, falling", c.meanFalling(), cells.dec3, "mean index of falling LAs"},
            {"Mean, rising", c.meanRising(), cells.dec3, "mean index of rising LAs"},
            {"Difference", c.difference(), cells.dec3, "mean(x) - mean(y)"},
            {"Welch t", c.welch().t(), cells.dec3, "Welch's unequal-variance t statistic"},
            {"Welch df", c.welch().df(), cells.dec3, "Welch-Satterthwaite degrees of freedom"},
            {"Welch p", c.welch().p(), cells.pValue, "two-sided"},
            {"Mann-Whitney U", c.mannWhitney().u(), cells.dec1, "U of the falling group (R's wilcox.test W)"},
            {"Mann-Whitney p", c.mannWhitney().p(), cells.pValue, "two-sided"},
            {"Mann-Whitney method", c.mannWhitney().method(), null, "exact, or normal approximation"},
            {"Permutation p", c.permutation().p(), cells.pValue, "two-sided, |d*| >= |d|"},
            {"Permutation method", c.permutation().method(), null, "exact enumeration or Monte Carlo"},
            {"Permutations", c.permutation().resamples() == null ? null
                : (double) c.permutation().resamples(), cells.integer, "arrangements counted"},
            {"Hedges' g", c.hedgesG(), cells.dec3, "standardised difference, small-sample corrected"},
            {"Cliff's delta", c.cliffsDelta(), cells.dec3, "P(x > y) - P(x < y)"},
            {"Bootstrap resamples", c.bootstrap().resamples() == null ? null
                : (double) c.bootstrap().resamples(), cells.integer, "stratified by group"},
            {"Percentile 95% CI, low", c.bootstrap().percentileLo(), cells.dec3, "of the difference"},
            {"Percentile 95% CI, high", c.bootstrap().percentileHi(), cells.dec3, "of the difference"},
            {"BCa 95% CI, low", c.bootstrap().bcaLo(), cells.dec3, "bias-corrected and accelerated"},
            {"BCa 95% CI, high", c.bootstrap().bcaHi(), cells.dec3, "bias-corrected and accelerated"},
            {"ICC(1)", result.icc().icc1(), cells.dec3, "of respondents' mean values score across LAs"},
            {"ICC(2)", result.icc().icc2(), cells.dec3, "reliability of LA means of that score"},
        };
        int r = 1;
        for (Object[] row : rows) {
            cells.text(sheet, r, 0, (String) row[0]);
            if (row[1] instanceof String s) {
                cells.text(sheet, r, 1, s);
            } else if (row[1] == null) {
                cells.text(sheet, r, 1, "undefined");
            } else {
                cells.number(sheet, r, 1, (Double) row[1], (CellStyle) row[2]);
            }
            cells.text(sheet, r, 2, (String) row[3]);
            r++;
        }
        for (String note : result.notes()) {
            cells.text(sheet, r, 0, "Note");
            cells.text(sheet, r++, 2, note);
        }
        cells.table(sheet, 0, new String[] {"Statistic", "Value", "Meaning"}, r - 1);
        Cells.widths(sheet, 26, 16, 70);
    }

    static void items(XSSFSheet sheet, Cells cells, AnalysisResult result) {
        String[] headers = {"Item", "Domain", "Reverse-keyed", "Label (English)", "Falling LAs",
            "Falling: leader mean", "Falling: worker mean", "Falling: gap (W - L)", "Rising LAs",
            "Rising: leader mean", "Rising: worker mean", "Rising: gap (W - L)", "Welch t", "Welch df", "p",
            "p (Holm)", "p (Benjamini-Hochberg)"};
        int r = 1;
        for (ItemRow item : result.items()) {
            cells.text(sheet, r, 0, item.name());
            cells.text(sheet, r, 1, item.domain());
            cells.text(sheet, r, 2, item.reverse() ? "yes" : "no");
            cells.text(sheet, r, 3, item.label(), cells.wrap);
            Cells.fitRow(sheet, r, item.label() == null ? 0 : item.label().length(), 50);
            int c = 4;
            for (ItemRow.Group g : new ItemRow.Group[] {item.falling(), item.rising()}) {
                cells.number(sheet, r, c++, (double) g.n(), cells.integer);
                cells.number(sheet, r, c++, g.leaderMean(), cells.dec3);
                cells.number(sheet, r, c++, g.workerMean(), cells.dec3);
                cells.number(sheet, r, c++, g.gap(), cells.dec3);
            }
            cells.number(sheet, r, c++, item.t(), cells.dec3);
            cells.number(sheet, r, c++, item.df(), cells.dec3);
            cells.number(sheet, r, c++, item.p(), cells.pValue);
            cells.number(sheet, r, c++, item.pHolm(), cells.pValue);
            cells.number(sheet, r, c, item.pBh(), cells.pValue);
            r++;
        }
        cells.table(sheet, 0, headers, r - 1);
        Cells.widths(sheet, 14, 22, 9, 50, 8, 10, 10, 10, 8, 10, 10, 10, 9, 9, 9, 9, 12);
    }
}
