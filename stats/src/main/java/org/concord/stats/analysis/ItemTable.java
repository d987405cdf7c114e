package org.concord.stats.analysis;

import java.util.ArrayList;
import java.util.List;
import org.concord.common.QuietLibraries;
import org.concord.forms.Form;
import org.concord.forms.Question;
import org.concord.stats.inference.PAdjust;
import org.concord.stats.inference.Welch;
import org.concord.stats.inference.WelchResult;
import org.concord.stats.input.LaResponses;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.selection.Selection;

/**
 * The item table (design, "Item table"): per values item and trend group, the means of LA leader means, LA worker
 * means and LA gaps ({@code Wbar_i - Lbar_i}); the per-LA gaps compared falling vs rising by Welch's t-test; Holm and
 * Benjamini-Hochberg adjusted p across the items with a defined p (as R's {@code p.adjust} with NA).
 */
public final class ItemTable {
    private ItemTable() {
    }

    /**
     * Loads Tablesaw's classes in a background daemon thread (tiny columns, filtered and summarised as the item table
     * does), so that on a two-core machine this overlaps with reading the responses.
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try {
                QuietLibraries.apply();
                LaResponses la = new LaResponses("A", null, new double[][] {{1}}, new double[][] {{2}});
                LaItemMeans means = LaItemMeans.of(List.of(la), List.of("falling"), List.of());
                means.gap.where(means.rows("q", "falling")).removeMissing().asDoubleArray();
            } catch (RuntimeException e) {
                // A failed warm-up only costs the time it saves.
            }
        }, "concord-tablesaw-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * Long Tablesaw columns with one row per included LA and item: {@code item}, {@code group}, {@code la},
     * {@code leader_mean}, {@code worker_mean}, {@code gap} (missing where nobody of a role answered the item). They
     * are not put in a Tablesaw {@code Table}: loading that class scans the whole class path for Tablesaw's readers
     * and writers (ClassGraph, about 0.45 s of CPU), and the item table needs only the columns' selections.
     */
    private record LaItemMeans(StringColumn item, StringColumn group, StringColumn la, DoubleColumn leader,
            DoubleColumn worker, DoubleColumn gap) {
        static LaItemMeans of(List<LaResponses> las, List<String> groups, List<Question> items) {
            LaItemMeans t = new LaItemMeans(StringColumn.create("item"), StringColumn.create("group"),
                    StringColumn.create("la"), DoubleColumn.create("leader_mean"), DoubleColumn.create("worker_mean"),
                    DoubleColumn.create("gap"));
            for (int k = 0; k < las.size(); k++) {
                LaResponses r = las.get(k);
                for (int j = 0; j < items.size(); j++) {
                    double l = mean(r.leaders(), j);
                    double w = mean(r.workers(), j);
                    t.item.append(items.get(j).name());
                    t.group.append(groups.get(k));
                    t.la.append(r.code());
                    t.leader.append(l);
                    t.worker.append(w);
                    t.gap.append(w - l); // NaN (missing) when either is
                }
            }
            return t;
        }

        /** The rows of one item and group (a new selection each time: Tablesaw's {@code and} changes its receiver). */
        Selection rows(String itemName, String groupName) {
            return item.isEqualTo(itemName).and(group.isEqualTo(groupName));
        }
    }

    /** The item table of the included LAs (falling or rising), items in form order. */
    public static List<ItemRow> build(Form form, List<LaResponses> las, List<String> groups) {
        List<Question> items = form.valuesItems();
        LaItemMeans t = LaItemMeans.of(las, groups, items);
        String lang = form.languages().stream().anyMatch(l -> "en".equals(l.code())) ? "en" : form.defaultLanguage();
        List<ItemRow> rows = new ArrayList<>();
        Double[] p = new Double[items.size()];
        List<WelchResult> welch = new ArrayList<>();
        List<ItemRow.Group[]> groupFigures = new ArrayList<>();
        for (int j = 0; j < items.size(); j++) {
            Selection falling = t.rows(items.get(j).name(), "falling");
            Selection rising = t.rows(items.get(j).name(), "rising");
            double[] gf = t.gap.where(falling).removeMissing().asDoubleArray();
            double[] gr = t.gap.where(rising).removeMissing().asDoubleArray();
            WelchResult w = gf.length >= 2 && gr.length >= 2 ? Welch.test(gf, gr) : null;
            welch.add(w);
            p[j] = w == null ? null : w.p();
            groupFigures.add(new ItemRow.Group[] {figures(t, falling, gf), figures(t, rising, gr)});
        }
        Double[] holm = PAdjust.holm(p);
        Double[] bh = PAdjust.benjaminiHochberg(p);
        for (int j = 0; j < items.size(); j++) {
            Question q = items.get(j);
            WelchResult w = welch.get(j);
            rows.add(new ItemRow(q.name(), q.domain(), q.reverse(), q.label().get(lang, form.defaultLanguage()),
                    groupFigures.get(j)[0], groupFigures.get(j)[1], w == null ? null : w.t(),
                    w == null ? null : w.df(), p[j], holm[j], bh[j]));
        }
        return rows;
    }

    private static ItemRow.Group figures(LaItemMeans t, Selection rows, double[] gaps) {
        return new ItemRow.Group(gaps.length,
                meanOrNull(t.leader.where(rows).removeMissing().asDoubleArray()),
                meanOrNull(t.worker.where(rows).removeMissing().asDoubleArray()),
                meanOrNull(gaps));
    }

    static Double meanOrNull(double[] v) {
        if (v.length == 0) {
            return null;
        }
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Mean of column j over the rows that answered it; NaN when none did. */
    static double mean(double[][] rows, int j) {
        double s = 0;
        int n = 0;
        for (double[] row : rows) {
            if (!Double.isNaN(row[j])) {
                s += row[j];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
