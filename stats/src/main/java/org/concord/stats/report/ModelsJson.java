package org.concord.stats.report;

import java.util.List;
import org.concord.stats.models.FactorResult;
import org.concord.stats.models.LogisticResult;
import org.concord.stats.models.ModelsResult;
import org.concord.stats.models.MultilevelResult;
import org.concord.stats.models.ScaleResult;
import org.concord.stats.models.ScaleStats;

/**
 * The JSON keys {@code scales}, {@code factors} and {@code models} of the design's "Models" section. A model that
 * could not be fitted keeps its object with null figures and a {@code note}; when the models were not run (the
 * benchmark's comparison run) the three keys are null.
 */
final class ModelsJson {
    private ModelsJson() {
    }

    /** Writes the three keys into the open result object. */
    static void write(JsonOut j, ModelsResult m) {
        if (m == null) {
            j.field("scales", (String) null).field("factors", (String) null).field("models", (String) null);
            return;
        }
        j.key("scales").beginArray();
        for (ScaleResult s : m.scales()) {
            scale(j, s);
        }
        j.endArray();
        factors(j.key("factors"), m.factors());
        j.key("models").beginObject();
        multilevel(j.key("multilevel"), m.multilevel());
        logistic(j.key("logistic"), m.logistic());
        j.endObject();
    }

    private static void scale(JsonOut j, ScaleResult s) {
        ScaleStats st = s.stats();
        j.beginObject().field("scale", s.scale()).field("group", s.group()).field("k", st.k()).field("n", st.n())
                .field("alpha", st.alpha()).field("alpha_std", st.alphaStd()).field("average_r", st.averageR());
        j.key("alpha_ci").beginArray().value(st.ciLow()).value(st.ciHigh()).endArray();
        j.key("items").beginArray();
        for (int i = 0; i < s.items().size(); i++) {
            ScaleStats.Item it = st.items().get(i);
            j.beginObject().field("name", s.items().get(i)).field("r_drop", it.rDrop())
                    .field("alpha_if_dropped", it.alphaIfDropped()).endObject();
        }
        j.endArray().field("note", s.note()).endObject();
    }

    private static void factors(JsonOut j, FactorResult f) {
        j.beginObject().field("n_factors", f.factors()).field("n", f.n()).field("method", "ml")
                .field("rotation", "varimax");
        j.key("items");
        if (f.items() == null) {
            j.value((String) null);
        } else {
            j.beginArray();
            for (FactorResult.Item it : f.items()) {
                j.beginObject().field("name", it.name()).field("domain", it.domain());
                doubles(j.key("loadings"), it.loadings());
                j.field("uniqueness", it.uniqueness()).field("factor", it.factor()).endObject();
            }
            j.endArray();
        }
        j.field("chisq", f.chisq()).field("dof", f.dof()).field("p", f.p());
        bool(j, "converged", f.converged());
        j.key("domains");
        if (f.domains() == null) {
            j.value((String) null);
        } else {
            j.beginArray();
            for (FactorResult.Domain d : f.domains()) {
                j.beginObject().field("domain", d.domain()).field("factor", d.factor())
                        .field("holds_together", d.holdsTogether());
                j.key("strays").beginArray();
                d.strays().forEach(j::value);
                j.endArray().endObject();
            }
            j.endArray();
        }
        j.field("note", f.note()).endObject();
    }

    private static void multilevel(JsonOut j, MultilevelResult m) {
        j.beginObject().field("formula", "y ~ rising + (1 | LA)").field("n", m.n()).field("groups", m.groups());
        fixed(j.key("intercept"), m.intercept());
        fixed(j.key("rising"), m.rising());
        j.field("tau2", m.tau2()).field("sigma2", m.sigma2()).field("icc", m.icc());
        bool(j, "singular", m.singular());
        j.field("reml_criterion", m.reml());
        MultilevelResult.Lrt lrt = m.lrt();
        j.key("lrt").beginObject().field("chisq", lrt == null ? null : lrt.chisq())
                .field("df", lrt == null ? null : lrt.df()).field("p", lrt == null ? null : lrt.p()).endObject();
        j.field("note", m.note()).endObject();
    }

    private static void fixed(JsonOut j, MultilevelResult.Fixed f) {
        j.beginObject().field("estimate", f == null ? null : f.estimate()).field("se", f == null ? null : f.se())
                .field("t", f == null ? null : f.t()).field("df", f == null ? null : f.df())
                .field("p", f == null ? null : f.p()).endObject();
    }

    private static void logistic(JsonOut j, LogisticResult m) {
        j.beginObject().field("formula", "falling ~ index").field("n", m.n()).field("n_falling", m.nFalling());
        j.key("coefficients").beginObject();
        coefficient(j.key("intercept"), m.intercept());
        coefficient(j.key("index"), m.index());
        j.endObject();
        j.field("odds_ratio", m.oddsRatio());
        j.key("odds_ratio_ci").beginArray().value(m.oddsRatioLow()).value(m.oddsRatioHigh()).endArray();
        j.field("deviance", m.deviance()).field("null_deviance", m.nullDeviance()).field("aic", m.aic())
                .field("iterations", m.iterations());
        bool(j, "converged", m.converged());
        bool(j, "separation", m.separation());
        j.field("note", m.note()).endObject();
    }

    private static void coefficient(JsonOut j, LogisticResult.Coefficient c) {
        j.beginObject().field("estimate", c == null ? null : c.estimate()).field("se", c == null ? null : c.se())
                .field("z", c == null ? null : c.z()).field("p", c == null ? null : c.p()).endObject();
    }

    private static void doubles(JsonOut j, List<Double> values) {
        j.beginArray();
        values.forEach(j::value);
        j.endArray();
    }

    private static void bool(JsonOut j, String key, Boolean b) {
        if (b == null) {
            j.field(key, (String) null);
        } else {
            j.field(key, b.booleanValue());
        }
    }
}
