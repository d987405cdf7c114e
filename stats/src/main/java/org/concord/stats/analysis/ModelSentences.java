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

    /** The sentences in the language of {@code t}; none when the models were not run. */
    static List<String> of(ModelsResult m, String index, PlainText t) {
        List<String> out = new ArrayList<>();
        if (m == null) {
            return out;
        }
        out.add(scales(m.scales(), t));
        out.add(factors(m.factors(), t));
        out.add(multilevel(m.multilevel(), t));
        out.add(logistic(m.logistic(), index, t));
        return out;
    }

    private static String scales(List<ScaleResult> scales, PlainText t) {
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
        String alpha = all == null || all.stats().alpha() == null
                ? all != null && all.note() != null ? t.get("note.undefined", all.note()) : t.get("undefined")
                : t.num(all.stats().alpha());
        String domains = low == null ? ""
                : low == high ? t.get("scales.one", low.scale(), t.num(low.stats().alpha()))
                : t.get("scales.range", t.num(low.stats().alpha()), low.scale(), t.num(high.stats().alpha()),
                        high.scale());
        return t.get("scales", alpha, domains);
    }

    private static String factors(FactorResult f, PlainText t) {
        if (f.items() == null) {
            return t.get("factors.none", f.note());
        }
        long together = f.domains().stream().filter(FactorResult.Domain::holdsTogether).count();
        List<String> strays = new ArrayList<>();
        f.domains().forEach(d -> strays.addAll(d.strays()));
        return t.get("factors", f.factors(), together, f.domains().size(),
                strays.isEmpty() ? t.get("factors.noStray") : t.get("factors.strays", String.join(", ", strays)),
                f.note() != null ? t.get("factors.note", f.note()) : "");
    }

    private static String multilevel(MultilevelResult m, PlainText t) {
        if (m.rising() == null) {
            return t.get("multilevel.none", m.note());
        }
        MultilevelResult.Fixed r = m.rising();
        return t.get("multilevel", m.n(), m.groups(), t.num(Math.abs(r.estimate())),
                t.get(r.estimate() > 0 ? "multilevel.further" : "multilevel.closer"), t.num(r.se()), t.num(r.df()),
                t.p(r.p()), t.num(m.icc()), Boolean.TRUE.equals(m.singular()) ? t.get("multilevel.singular") : "");
    }

    private static String logistic(LogisticResult m, String index, PlainText t) {
        if (m.index() == null) {
            return t.get("logistic.none", m.note());
        }
        return t.get("logistic", m.n(), index, t.num(m.oddsRatio()), t.num(m.oddsRatioLow()),
                t.num(m.oddsRatioHigh()), t.p(m.index().p()),
                t.get(Boolean.TRUE.equals(m.separation()) ? "logistic.separation" : "logistic.trusted"));
    }
}
