package org.concord.stats.analysis;

import java.util.ArrayList;
import java.util.List;
import org.concord.stats.models.FactorResult;
import org.concord.stats.models.LogisticResult;
import org.concord.stats.models.Models;
import org.concord.stats.models.ModelsResult;
import org.concord.stats.models.MultilevelResult;
import org.concord.stats.models.ScaleResult;

/** One plain-words sentence per model (scales, factor structure, multilevel, logistic) for the summary. */
final class ModelSentences {
    private ModelSentences() {
    }

    /** The sentences; none when the models were not run. */
    static List<String> of(ModelsResult m, String index) {
        List<String> out = new ArrayList<>();
        if (m == null) {
            return out;
        }
        out.add(scales(m.scales()));
        out.add(factors(m.factors()));
        out.add(multilevel(m.multilevel()));
        out.add(logistic(m.logistic(), index));
        return out;
    }

    private static String scales(List<ScaleResult> scales) {
        ScaleResult all = null;
        ScaleResult low = null;
        ScaleResult high = null;
        for (ScaleResult s : scales) {
            if (!Models.GROUPS.get(0).equals(s.group())) {
                continue;
            }
            if (Models.ALL.equals(s.scale())) {
                all = s;
            } else if (s.stats().alpha() != null) {
                low = low == null || s.stats().alpha() < low.stats().alpha() ? s : low;
                high = high == null || s.stats().alpha() > high.stats().alpha() ? s : high;
            }
        }
        StringBuilder b = new StringBuilder("Scales: Cronbach's alpha of all values items is ");
        b.append(all == null || all.stats().alpha() == null ? "undefined" + (all != null && all.note() != null
                ? " (" + all.note() + ")" : "") : PlainWords.num(all.stats().alpha()));
        if (low != null) {
            b.append(low == high ? "; the one domain with a defined alpha, " + low.scale() + ", has "
                    + PlainWords.num(low.stats().alpha())
                    : "; by domain it ranges from " + PlainWords.num(low.stats().alpha()) + " (" + low.scale()
                    + ") to " + PlainWords.num(high.stats().alpha()) + " (" + high.scale() + ")");
        }
        return b.append(" (all respondents; 0.7 or more is usually read as a reliable scale).").toString();
    }

    private static String factors(FactorResult f) {
        if (f.items() == null) {
            return "Factor structure: not estimated (" + f.note() + ").";
        }
        long together = f.domains().stream().filter(FactorResult.Domain::holdsTogether).count();
        List<String> strays = new ArrayList<>();
        f.domains().forEach(d -> strays.addAll(d.strays()));
        return "Factor structure (" + f.factors() + " factors, maximum likelihood with varimax rotation): " + together
                + " of " + f.domains().size() + " domains hold together as one factor"
                + (strays.isEmpty() ? ", and no item strays" : "; items that stray from their domain's factor: "
                + String.join(", ", strays)) + (f.note() != null ? " (" + f.note() + ")" : "") + ".";
    }

    private static String multilevel(MultilevelResult m) {
        if (m.rising() == null) {
            return "Multilevel model: not fitted (" + m.note() + ").";
        }
        MultilevelResult.Fixed r = m.rising();
        boolean further = r.estimate() > 0;
        return "Multilevel model (" + m.n() + " workers nested in " + m.groups() + " LAs, as lme4::lmer): workers in "
                + "LAs with rising rates stand " + PlainWords.num(Math.abs(r.estimate())) + " scale points "
                + (further ? "further from" : "closer to") + " their leaders than in LAs with falling rates (SE "
                + PlainWords.num(r.se()) + ", Satterthwaite df " + PlainWords.num(r.df()) + ", "
                + PlainWords.p(r.p()) + "); ICC " + PlainWords.num(m.icc())
                + (Boolean.TRUE.equals(m.singular()) ? "; the fit is singular (no variance between LAs)" : "")
                + ".";
    }

    private static String logistic(LogisticResult m, String index) {
        if (m.index() == null) {
            return "Logistic model: not fitted (" + m.note() + ").";
        }
        String s = "Logistic model (" + m.n() + " LAs, as glm binomial): each 1 point more of " + index
                + " multiplies the odds that an LA's rates are falling by " + PlainWords.num(m.oddsRatio())
                + " (Wald 95% interval " + PlainWords.num(m.oddsRatioLow()) + " to "
                + PlainWords.num(m.oddsRatioHigh()) + ", " + PlainWords.p(m.index().p()) + ")";
        return Boolean.TRUE.equals(m.separation())
                ? s + "; but the index separates the groups (almost) perfectly, so these figures cannot be trusted."
                : s + ".";
    }
}
