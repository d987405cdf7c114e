package org.concord.stats.report;

import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.concord.stats.models.FactorResult;
import org.concord.stats.models.LogisticResult;
import org.concord.stats.models.ModelsResult;
import org.concord.stats.models.MultilevelResult;
import org.concord.stats.models.ScaleResult;
import org.concord.stats.models.ScaleStats;

/**
 * The sheets of the design's "Models" section: {@code Scales} (alpha per domain and group, with each item),
 * {@code Factors} (rotated loadings as a heat-map, items sorted by domain, and whether each domain holds together)
 * and {@code Models} (the multilevel and logistic models). A model that could not be fitted shows its note.
 */
final class ModelSheets {
    /** Written on each sheet when the models were not run. */
    static final String NOT_RUN = "The models were not run (system property concord.models=off).";

    private ModelSheets() {
    }

    static void scales(XSSFSheet sheet, Cells cells, ModelsResult m) {
        String[] headers = {"Scale", "Group", "Item", "k", "n", "Alpha", "Alpha (standardised)", "Mean r",
            "Feldt 95% low", "Feldt 95% high", "r drop (item with the rest)", "Alpha if dropped", "Note"};
        int r = 1;
        if (m == null) {
            cells.text(sheet, r++, 0, NOT_RUN);
        } else {
            for (ScaleResult s : m.scales()) {
                ScaleStats st = s.stats();
                cells.text(sheet, r, 0, s.scale(), cells.bold);
                cells.text(sheet, r, 1, s.group(), cells.bold);
                cells.text(sheet, r, 2, "(scale)", cells.bold);
                cells.number(sheet, r, 3, (double) st.k(), cells.integer);
                cells.number(sheet, r, 4, (double) st.n(), cells.integer);
                cells.number(sheet, r, 5, st.alpha(), cells.dec3);
                cells.number(sheet, r, 6, st.alphaStd(), cells.dec3);
                cells.number(sheet, r, 7, st.averageR(), cells.dec3);
                cells.number(sheet, r, 8, st.ciLow(), cells.dec3);
                cells.number(sheet, r, 9, st.ciHigh(), cells.dec3);
                cells.text(sheet, r, 12, s.note());
                r++;
                for (int i = 0; i < s.items().size(); i++) {
                    cells.text(sheet, r, 0, s.scale());
                    cells.text(sheet, r, 1, s.group());
                    cells.text(sheet, r, 2, s.items().get(i));
                    cells.number(sheet, r, 10, st.items().get(i).rDrop(), cells.dec3);
                    cells.number(sheet, r, 11, st.items().get(i).alphaIfDropped(), cells.dec3);
                    r++;
                }
            }
        }
        cells.table(sheet, 0, headers, r - 1);
        Cells.widths(sheet, 26, 9, 22, 5, 7, 8, 12, 8, 10, 10, 14, 10, 60);
    }

    static void factors(XSSFSheet sheet, Cells cells, ModelsResult m) {
        if (m == null) {
            cells.text(sheet, 0, 0, NOT_RUN);
            return;
        }
        FactorResult f = m.factors();
        int q = f.factors();
        int r = 0;
        cells.text(sheet, r++, 0, "Maximum-likelihood factor analysis, varimax rotation (as R's factanal): " + q
                + " factor" + (q == 1 ? "" : "s") + ", " + f.n() + " complete respondents", cells.bold);
        if (f.note() != null) {
            cells.text(sheet, r++, 0, f.note());
        }
        if (f.items() == null) {
            return;
        }
        cells.text(sheet, r, 0, "Chi-square test that " + q + " factors are sufficient");
        cells.number(sheet, r, 2, f.chisq(), cells.dec3);
        cells.text(sheet, r, 3, "dof");
        cells.number(sheet, r, 4, f.dof() == null ? null : (double) f.dof(), cells.integer);
        cells.text(sheet, r, 5, "p");
        cells.number(sheet, r, 6, f.p(), cells.pValue);
        r += 2;
        int header = r;
        String[] headers = new String[q + 4];
        headers[0] = "Item";
        headers[1] = "Domain";
        for (int k = 0; k < q; k++) {
            headers[2 + k] = "Factor " + (k + 1);
        }
        headers[q + 2] = "Uniqueness";
        headers[q + 3] = "Main factor";
        for (int c = 0; c < headers.length; c++) {
            cells.text(sheet, header, c, headers[c], cells.header);
        }
        r++;
        int first = r;
        for (FactorResult.Item it : f.items()) {
            cells.text(sheet, r, 0, it.name());
            cells.text(sheet, r, 1, it.domain());
            for (int k = 0; k < q; k++) {
                cells.number(sheet, r, 2 + k, it.loadings().get(k), cells.dec3);
            }
            cells.number(sheet, r, q + 2, it.uniqueness(), cells.dec3);
            cells.number(sheet, r, q + 3, (double) it.factor(), cells.integer);
            r++;
        }
        heatMap(sheet, new CellRangeAddress(first, r - 1, 2, 1 + q));
        sheet.createFreezePane(2, header + 1);
        sheet.setAutoFilter(new CellRangeAddress(header, r - 1, 0, headers.length - 1));
        r++;
        cells.text(sheet, r++, 0, "Does each domain hold together? (every item loads most on one shared factor, at "
                + "least " + org.concord.stats.models.FactorStructure.SALIENT + ")", cells.bold);
        String[] dh = {"Domain", "Main factor", "Holds together", "Items that stray"};
        for (int c = 0; c < dh.length; c++) {
            cells.text(sheet, r, c, dh[c], cells.header);
        }
        r++;
        for (FactorResult.Domain d : f.domains()) {
            cells.text(sheet, r, 0, d.domain());
            cells.number(sheet, r, 1, (double) d.factor(), cells.integer);
            cells.text(sheet, r, 2, d.holdsTogether() ? "yes" : "no");
            cells.text(sheet, r, 3, String.join(", ", d.strays()));
            r++;
        }
        int[] widths = new int[q + 4];
        widths[0] = 24;
        widths[1] = 30;
        for (int k = 0; k < q; k++) {
            widths[2 + k] = 10;
        }
        widths[q + 2] = 11;
        widths[q + 3] = 11;
        Cells.widths(sheet, widths);
    }

    /** A three-colour scale: strong negative loadings orange, 0 white, strong positive blue (Okabe-Ito). */
    private static void heatMap(XSSFSheet sheet, CellRangeAddress range) {
        XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
        XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(3);
        double[] at = {-1, 0, 1};
        for (int i = 0; i < 3; i++) {
            scale.getThresholds()[i].setRangeType(RangeType.NUMBER);
            scale.getThresholds()[i].setValue(at[i]);
        }
        scale.setColors(new XSSFColor[] {
            new XSSFColor(WorkbookWriter.COLOURS[1], null),
            new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null),
            new XSSFColor(WorkbookWriter.COLOURS[0], null)});
        cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }

    static void models(XSSFSheet sheet, Cells cells, ModelsResult m) {
        int r = 0;
        if (m == null) {
            cells.text(sheet, r, 0, NOT_RUN);
            return;
        }
        MultilevelResult ml = m.multilevel();
        cells.text(sheet, r++, 0, "Multilevel model: y ~ rising + (1 | LA), REML (as lme4::lmer; df and p by "
                + "Satterthwaite as lmerTest)", cells.bold);
        cells.text(sheet, r++, 0, "y = each worker's mean absolute difference from their LA's leader mean profile; "
                + ml.n() + " workers in " + ml.groups() + " compared LAs");
        if (ml.note() != null) {
            cells.text(sheet, r++, 0, ml.note());
        }
        String[] fh = {"Term", "Estimate", "SE", "df", "t", "p"};
        for (int c = 0; c < fh.length; c++) {
            cells.text(sheet, r, c, fh[c], cells.header);
        }
        r++;
        r = fixed(sheet, cells, r, "intercept", ml.intercept());
        r = fixed(sheet, cells, r, "rising", ml.rising());
        r = figure(sheet, cells, r, "LA variance (tau2)", ml.tau2());
        r = figure(sheet, cells, r, "Residual variance (sigma2)", ml.sigma2());
        r = figure(sheet, cells, r, "ICC", ml.icc());
        cells.text(sheet, r, 0, "Singular fit");
        cells.text(sheet, r++, 1, ml.singular() == null ? null : ml.singular() ? "yes" : "no");
        r = figure(sheet, cells, r, "REML criterion", ml.reml());
        MultilevelResult.Lrt lrt = ml.lrt();
        r = figure(sheet, cells, r, "LRT chi-square (ML fits with and without rising)",
                lrt == null ? null : lrt.chisq());
        r = figure(sheet, cells, r, "LRT df", lrt == null ? null : (double) lrt.df());
        cells.text(sheet, r, 0, "LRT p");
        cells.number(sheet, r++, 1, lrt == null ? null : lrt.p(), cells.pValue);
        r++;
        LogisticResult lg = m.logistic();
        cells.text(sheet, r++, 0, "Logistic model: falling (1) against rising (0) on the compared index, as "
                + "glm(falling ~ index, family = binomial)", cells.bold);
        cells.text(sheet, r++, 0, lg.n() + " compared LAs, " + lg.nFalling() + " falling");
        if (lg.note() != null) {
            cells.text(sheet, r++, 0, lg.note());
        }
        String[] lh = {"Term", "Estimate", "SE", "z", "p"};
        for (int c = 0; c < lh.length; c++) {
            cells.text(sheet, r, c, lh[c], cells.header);
        }
        r++;
        r = coefficient(sheet, cells, r, "intercept", lg.intercept());
        r = coefficient(sheet, cells, r, "index", lg.index());
        r = figure(sheet, cells, r, "Odds ratio exp(b_index)", lg.oddsRatio());
        r = figure(sheet, cells, r, "Odds ratio, Wald 95% low", lg.oddsRatioLow());
        r = figure(sheet, cells, r, "Odds ratio, Wald 95% high", lg.oddsRatioHigh());
        r = figure(sheet, cells, r, "Residual deviance", lg.deviance());
        r = figure(sheet, cells, r, "Null deviance", lg.nullDeviance());
        r = figure(sheet, cells, r, "AIC", lg.aic());
        cells.text(sheet, r, 0, "Separation");
        cells.text(sheet, r, 1, lg.separation() == null ? null : lg.separation() ? "yes" : "no");
        Cells.widths(sheet, 48, 12, 12, 12, 12, 12);
    }

    private static int fixed(XSSFSheet sheet, Cells cells, int r, String name, MultilevelResult.Fixed f) {
        cells.text(sheet, r, 0, name);
        if (f != null) {
            cells.number(sheet, r, 1, f.estimate(), cells.dec3);
            cells.number(sheet, r, 2, f.se(), cells.dec3);
            cells.number(sheet, r, 3, f.df(), cells.dec1);
            cells.number(sheet, r, 4, f.t(), cells.dec3);
            cells.number(sheet, r, 5, f.p(), cells.pValue);
        }
        return r + 1;
    }

    private static int coefficient(XSSFSheet sheet, Cells cells, int r, String name, LogisticResult.Coefficient c) {
        cells.text(sheet, r, 0, name);
        if (c != null) {
            cells.number(sheet, r, 1, c.estimate(), cells.dec3);
            cells.number(sheet, r, 2, c.se(), cells.dec3);
            cells.number(sheet, r, 3, c.z(), cells.dec3);
            cells.number(sheet, r, 4, c.p(), cells.pValue);
        }
        return r + 1;
    }

    private static int figure(XSSFSheet sheet, Cells cells, int r, String name, Double value) {
        cells.text(sheet, r, 0, name);
        cells.number(sheet, r, 1, value, Math.abs(value == null ? 0 : value) < 0.001 && value != null && value != 0
                ? cells.pValue : cells.dec3);
        return r + 1;
    }
}
