package org.concord.stats.models;

import java.util.ArrayList;
import java.util.List;

/**
 * What the analyst workspace's "Scales and models" view shows, without Swing: the scale table, the loadings heat-map
 * (each cell's value and colour, the same scale as the workbook's conditional formatting) and the figures of the two
 * models. Labels stay in the app's message bundles; this holds the data and the keys of the notes.
 *
 * @param scales    one row per scale and group
 * @param heatMap   one row per item, sorted by domain, with its loadings and their colours
 * @param domains   per domain, its main factor and whether it holds together
 * @param multilevel the multilevel model
 * @param logistic  the logistic model
 * @param notes     every note of a model that could not be fitted or needs care, in display order
 */
public record ModelsView(List<ScaleRow> scales, List<HeatRow> heatMap, List<FactorResult.Domain> domains,
                         MultilevelResult multilevel, LogisticResult logistic, List<String> notes) {
    /** Strong negative loadings (orange), zero (white), strong positive (blue): Okabe-Ito, as the workbook. */
    static final int[] NEGATIVE = {0xE6, 0x9F, 0x00};
    static final int[] ZERO = {0xFF, 0xFF, 0xFF};
    static final int[] POSITIVE = {0x00, 0x72, 0xB2};

    public ModelsView {
        scales = List.copyOf(scales);
        heatMap = List.copyOf(heatMap);
        domains = List.copyOf(domains);
        notes = List.copyOf(notes);
    }

    /**
     * One row of the scale table.
     *
     * @param scale    domain or {@code all}
     * @param group    {@code all}, {@code leaders} or {@code workers}
     * @param k        items
     * @param n        complete respondents
     * @param alpha    raw alpha or null
     * @param alphaStd standardised alpha or null
     * @param ciLow    Feldt low or null
     * @param ciHigh   Feldt high or null
     */
    public record ScaleRow(String scale, String group, int k, int n, Double alpha, Double alphaStd, Double ciLow,
                           Double ciHigh) {
    }

    /**
     * One item of the heat-map.
     *
     * @param item     item name
     * @param domain   its domain
     * @param loadings its loadings
     * @param colours  each loading's colour as 0xRRGGBB
     */
    public record HeatRow(String item, String domain, List<Double> loadings, List<Integer> colours) {
        public HeatRow {
            loadings = List.copyOf(loadings);
            colours = List.copyOf(colours);
        }
    }

    /** The view of a result's models. */
    public static ModelsView of(ModelsResult m) {
        List<ScaleRow> scales = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ScaleResult s : m.scales()) {
            ScaleStats st = s.stats();
            scales.add(new ScaleRow(s.scale(), s.group(), st.k(), st.n(), st.alpha(), st.alphaStd(), st.ciLow(),
                    st.ciHigh()));
        }
        List<HeatRow> heat = new ArrayList<>();
        FactorResult f = m.factors();
        if (f.items() != null) {
            for (FactorResult.Item it : f.items()) {
                heat.add(new HeatRow(it.name(), it.domain(), it.loadings(),
                        it.loadings().stream().map(ModelsView::colour).toList()));
            }
        }
        for (String note : new String[] {f.note(), m.multilevel().note(), m.logistic().note()}) {
            if (note != null) {
                notes.add(note);
            }
        }
        return new ModelsView(scales, heat, f.domains() == null ? List.of() : f.domains(), m.multilevel(),
                m.logistic(), notes);
    }

    /** The heat-map colour of a loading: white at 0, blue at +1, orange at -1, linear between (clamped). */
    public static int colour(double loading) {
        double t = Math.min(1, Math.abs(loading));
        int[] end = loading < 0 ? NEGATIVE : POSITIVE;
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            rgb = rgb << 8 | (int) Math.round(ZERO[c] + (end[c] - ZERO[c]) * t);
        }
        return rgb;
    }
}
