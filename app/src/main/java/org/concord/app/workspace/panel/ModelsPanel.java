package org.concord.app.workspace.panel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.ScaledTable;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.stats.models.FactorResult;
import org.concord.stats.models.FactorStructure;
import org.concord.stats.models.LogisticResult;
import org.concord.stats.models.ModelsResult;
import org.concord.stats.models.ModelsView;
import org.concord.stats.models.MultilevelResult;
import org.concord.stats.models.ScaleResult;
import org.concord.stats.models.ScaleStats;

/**
 * The "Scales and models" view of a result, with the figures of the workbook's Scales, Factors and Models sheets:
 * alpha per scale and group with each item, the rotated loadings as a heat-map (the workbook's colours) with whether
 * each domain holds together, and the multilevel and logistic models. Notes of the models stay in English, as in the
 * workbook; headings and labels follow the language.
 */
final class ModelsPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    /** A cell that does not apply to its row (blank, as in the workbook); an undefined figure is null (a dash). */
    private static final String NA = "";

    private final transient Texts texts;
    private final JLabel notRun = new JLabel();
    private final JTabbedPane views = new JTabbedPane();
    private final WrappingLabel scalesIntro = new WrappingLabel();
    private final WrappingLabel factorsIntro = new WrappingLabel();
    private final WrappingLabel domainsIntro = new WrappingLabel();
    private final WrappingLabel multilevelIntro = new WrappingLabel();
    private final WrappingLabel logisticIntro = new WrappingLabel();
    private final FigureTableModel scales = new FigureTableModel();
    private final FigureTableModel loadings = new FigureTableModel();
    private final FigureTableModel domains = new FigureTableModel();
    private final FigureTableModel multilevel = new FigureTableModel();
    private final FigureTableModel logistic = new FigureTableModel();
    final JTable scalesTable = new ScaledTable(scales);
    final JTable loadingsTable = new ScaledTable(loadings);
    final JTable domainsTable = new ScaledTable(domains);
    final JTable multilevelTable = new ScaledTable(multilevel);
    final JTable logisticTable = new ScaledTable(logistic);

    /** An empty view. */
    ModelsPanel(Texts texts) {
        this.texts = texts;
        setName("models");
        // Hide mode 2: a hidden note keeps its (empty) row, so the views stay in the row that grows.
        setLayout(new MigLayout("insets 0, fill, wrap 1, hidemode 2", "[grow, fill]", "[][grow, fill]"));
        notRun.setName("modelsNotRun");
        add(notRun, "wmin 0");
        views.setName("modelsViews");
        add(views, "grow");

        JPanel scalesView = new JPanel(new MigLayout("insets rel, wrap 1, fill", "[grow, fill]", "[]rel[grow, fill]"));
        scalesView.setName("scales");
        scalesView.add(scalesIntro, "wmin 0");
        scalesView.add(scroll(scalesTable, "scalesTable", "models.scales"), "grow");
        views.addTab("", scalesView);

        JPanel factorsView = new JPanel(new MigLayout("insets rel, wrap 1, fill", "[grow, fill]",
                "[]rel[grow 300, fill]unrel[]rel[grow 100, fill]")); // intro, heat-map, domains intro, domains
        factorsView.setName("factors");
        factorsView.add(factorsIntro, "wmin 0");
        factorsView.add(scroll(loadingsTable, "loadingsTable", "models.loadings"), "grow");
        factorsView.add(domainsIntro, "wmin 0");
        factorsView.add(scroll(domainsTable, "domainsTable", "models.domains"), "grow");
        loadingsTable.setDefaultRenderer(Double.class, new HeatMapRenderer());
        loadingsTable.setCellSelectionEnabled(true);
        views.addTab("", factorsView);

        JPanel fittedView = new JPanel(new MigLayout("insets rel, wrap 1, fill", "[grow, fill]",
                "[]rel[grow, fill]unrel[]rel[grow, fill]")); // multilevel intro and table, logistic intro and table
        fittedView.setName("fitted");
        fittedView.add(multilevelIntro, "wmin 0");
        fittedView.add(scroll(multilevelTable, "multilevelTable", "models.multilevel"), "grow");
        fittedView.add(logisticIntro, "wmin 0");
        fittedView.add(scroll(logisticTable, "logisticTable", "models.logistic"), "grow");
        views.addTab("", fittedView);
        texts.tabs(views);
        for (JTable table : List.of(scalesTable, domainsTable, multilevelTable, logisticTable)) {
            table.setDefaultRenderer(Double.class, new FigureRenderer(false));
        }
    }

    private JScrollPane scroll(JTable table, String name, String key) {
        table.setName(name);
        table.setAutoResizeMode(JTable.AUTO_RESIZE_SUBSEQUENT_COLUMNS);
        texts.describe(table, key, key + ".desc");
        JScrollPane pane = new JScrollPane(table);
        // Tables scroll inside the view: they never make the window taller or wider.
        pane.setPreferredSize(new java.awt.Dimension(50, 50));
        pane.setMinimumSize(new java.awt.Dimension(50, 50));
        return pane;
    }

    /** Shows the models of a result (null: they were not run), in the current language. */
    void show(ModelsResult models) {
        notRun.setVisible(models == null);
        views.setVisible(models != null);
        texts.text(notRun, "models.notRun");
        if (models == null) {
            return;
        }
        ModelsView view = ModelsView.of(models);
        showScales(models.scales());
        showFactors(models.factors(), view);
        showMultilevel(view.multilevel());
        showLogistic(view.logistic());
    }

    private List<String> headings(String... keys) {
        return Arrays.stream(keys).map(k -> texts.get("models." + k)).toList();
    }

    private static List<Class<?>> classes(Class<?>... types) {
        return List.of(types);
    }

    private String yesNo(Boolean value) {
        return value == null ? "\u2013" : texts.get(value ? "table.yes" : "table.no");
    }

    private void showScales(List<ScaleResult> results) {
        scalesIntro.setText(texts.get("models.scales.intro"));
        List<List<Object>> rows = new ArrayList<>();
        for (ScaleResult s : results) {
            ScaleStats st = s.stats();
            String scale = "all".equals(s.scale()) ? texts.get("models.scale.all") : s.scale();
            String group = texts.get("models.group." + s.group());
            rows.add(Arrays.asList(scale, group, texts.get("models.scale.whole"), st.k(), st.n(), st.alpha(),
                    st.alphaStd(), st.averageR(), st.ciLow(), st.ciHigh(), NA, NA,
                    s.note() == null ? "" : s.note()));
            for (int i = 0; i < s.items().size(); i++) {
                ScaleStats.Item it = st.items().get(i);
                rows.add(Arrays.asList(scale, group, s.items().get(i), NA, NA, NA, NA, NA, NA, NA,
                        it.rDrop(), it.alphaIfDropped(), ""));
            }
        }
        scales.show(headings("scale", "group", "item", "k", "n", "alpha", "alphaStd", "meanR", "feldtLow",
                "feldtHigh", "rDrop", "alphaIfDropped", "note"), classes(String.class, String.class, String.class,
                Integer.class, Integer.class, Double.class, Double.class, Double.class, Double.class, Double.class,
                Double.class, Double.class, String.class), rows);
    }

    private void showFactors(FactorResult f, ModelsView view) {
        StringBuilder intro = new StringBuilder(texts.get("models.factors.intro", String.valueOf(f.factors()),
                String.valueOf(f.n())));
        if (f.items() != null) {
            intro.append(' ').append(texts.get("models.factors.fit", num(f.chisq()),
                    f.dof() == null ? "\u2013" : String.valueOf(f.dof()), p(f.p())));
        }
        if (f.note() != null) {
            intro.append(' ').append(f.note());
        }
        factorsIntro.setText(intro.toString());
        List<String> heads = new ArrayList<>(headings("item", "domain"));
        List<Class<?>> types = new ArrayList<>(classes(String.class, String.class));
        for (int k = 1; k <= f.factors(); k++) {
            heads.add(texts.get("models.factor", String.valueOf(k)));
            types.add(Double.class);
        }
        heads.addAll(headings("uniqueness", "mainFactor"));
        types.addAll(classes(Number.class, Integer.class));
        List<List<Object>> rows = new ArrayList<>();
        List<FactorResult.Item> items = f.items() == null ? List.of() : f.items();
        for (int i = 0; i < view.heatMap().size(); i++) {
            ModelsView.HeatRow h = view.heatMap().get(i);
            List<Object> row = new ArrayList<>(List.of(h.item(), h.domain()));
            row.addAll(h.loadings());
            row.add(items.get(i).uniqueness());
            row.add(items.get(i).factor());
            rows.add(row);
        }
        loadings.show(heads, types, rows);
        loadingsTable.getColumnModel().getColumn(heads.size() - 2).setCellRenderer(new FigureRenderer(false));
        domainsIntro.setText(texts.get("models.domains.intro",
                String.valueOf(FactorStructure.SALIENT)));
        List<List<Object>> domainRows = new ArrayList<>();
        for (FactorResult.Domain d : view.domains()) {
            domainRows.add(Arrays.asList(d.domain(), d.factor(), yesNo(d.holdsTogether()),
                    String.join(", ", d.strays())));
        }
        domains.show(headings("domain", "mainFactor", "holdsTogether", "strays"),
                classes(String.class, Integer.class, String.class, String.class), domainRows);
    }

    private void showMultilevel(MultilevelResult ml) {
        multilevelIntro.setText(texts.get("models.multilevel.intro", String.valueOf(ml.n()),
                String.valueOf(ml.groups())) + (ml.note() == null ? "" : " " + ml.note()));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(fixed(texts.get("models.term.intercept"), ml.intercept()));
        rows.add(fixed(texts.get("models.term.rising"), ml.rising()));
        rows.add(figure("models.tau2", ml.tau2()));
        rows.add(figure("models.sigma2", ml.sigma2()));
        rows.add(figure("models.icc", ml.icc()));
        rows.add(Arrays.asList(texts.get("models.singular"), yesNo(ml.singular()), NA, NA, NA, NA));
        rows.add(figure("models.reml", ml.reml()));
        MultilevelResult.Lrt lrt = ml.lrt();
        rows.add(Arrays.asList(texts.get("models.lrt"), lrt == null ? null : lrt.chisq(), NA,
                lrt == null ? null : (double) lrt.df(), NA, lrt == null ? null : lrt.p()));
        multilevel.show(headings("term", "estimate", "se", "df", "t", "p"), classes(String.class, Object.class,
                Double.class, Double.class, Double.class, Double.class), rows);
        multilevelTable.getColumnModel().getColumn(1).setCellRenderer(new FigureRenderer(false));
        multilevelTable.getColumnModel().getColumn(3).setCellRenderer(new FigureRenderer(false, "%.1f"));
        multilevelTable.getColumnModel().getColumn(5).setCellRenderer(new FigureRenderer(true));
    }

    private List<Object> fixed(String term, MultilevelResult.Fixed f) {
        return f == null ? Arrays.asList(term, null, null, null, null, null)
                : Arrays.asList(term, f.estimate(), f.se(), f.df(), f.t(), f.p());
    }

    private List<Object> figure(String key, Double value) {
        return Arrays.asList(texts.get(key), value, NA, NA, NA, NA);
    }

    private void showLogistic(LogisticResult lg) {
        logisticIntro.setText(texts.get("models.logistic.intro", String.valueOf(lg.n()),
                String.valueOf(lg.nFalling())) + (lg.note() == null ? "" : " " + lg.note()));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(coefficient(texts.get("models.term.intercept"), lg.intercept()));
        rows.add(coefficient(texts.get("models.term.index"), lg.index()));
        rows.add(Arrays.asList(texts.get("models.oddsRatio"), lg.oddsRatio(), NA, NA, NA));
        rows.add(Arrays.asList(texts.get("models.oddsRatioLow"), lg.oddsRatioLow(), NA, NA, NA));
        rows.add(Arrays.asList(texts.get("models.oddsRatioHigh"), lg.oddsRatioHigh(), NA, NA, NA));
        rows.add(Arrays.asList(texts.get("models.deviance"), lg.deviance(), NA, NA, NA));
        rows.add(Arrays.asList(texts.get("models.nullDeviance"), lg.nullDeviance(), NA, NA, NA));
        rows.add(Arrays.asList(texts.get("models.aic"), lg.aic(), NA, NA, NA));
        rows.add(Arrays.asList(texts.get("models.separation"), yesNo(lg.separation()), NA, NA, NA));
        logistic.show(headings("term", "estimate", "se", "z", "p"), classes(String.class, Object.class,
                Double.class, Double.class, Double.class), rows);
        logisticTable.getColumnModel().getColumn(1).setCellRenderer(new FigureRenderer(false));
        logisticTable.getColumnModel().getColumn(4).setCellRenderer(new FigureRenderer(true));
    }

    private List<Object> coefficient(String term, LogisticResult.Coefficient c) {
        return c == null ? Arrays.asList(term, null, null, null, null)
                : Arrays.asList(term, c.estimate(), c.se(), c.z(), c.p());
    }

    private static String num(Double value) {
        return FigureRenderer.format(value, "%.3f");
    }

    private static String p(Double value) {
        return FigureRenderer.pValue(value);
    }

    /**
     * A figure as the workbook shows it: 3 decimals (or the given format; 3 significant digits below 0.001), a p with
     * 4 decimals or "< 0.0001", an undefined figure as a dash; text (yes, no) as it is. Right-aligned.
     */
    static final class FigureRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;
        private final boolean pValue;
        private final String format;

        FigureRenderer(boolean pValue) {
            this(pValue, "%.3f");
        }

        FigureRenderer(boolean pValue, String format) {
            this.pValue = pValue;
            this.format = format;
            setHorizontalAlignment(RIGHT);
        }

        @Override
        protected void setValue(Object value) {
            if (value instanceof Number n) {
                setText(pValue ? pValue(n.doubleValue()) : format(n.doubleValue(), format));
            } else {
                setText(value == null ? "\u2013" : value.toString());
            }
        }

        static String format(Double value, String format) {
            if (value == null || value.isNaN()) {
                return "\u2013";
            }
            // A tiny figure (an odds ratio near 0) keeps its digits instead of showing as 0.000.
            return String.format(Locale.ROOT, value != 0 && Math.abs(value) < 0.001 ? "%.3g" : format, value);
        }

        static String pValue(Double value) {
            return value == null || value.isNaN() ? "\u2013" : value < 0.0001 ? "< 0.0001"
                    : String.format(Locale.ROOT, "%.4f", value);
        }
    }
}
