package org.concord.app.workspace.panel;

import java.awt.CardLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.RowFilter;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.LanguageAware;
import org.concord.app.base.WrappingRowLayout;
import org.concord.app.base.ScaledTable;
import org.concord.app.base.Texts;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.action.Actions;
import org.concord.app.workspace.chart.ChartPoint;
import org.concord.app.workspace.chart.GroupDotChart;
import org.concord.app.workspace.chart.SlopeScatterChart;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.LaResult;
import org.concord.stats.analysis.PlainWords;

/**
 * The right of the analysis tab: a hint before the first run, the problems of the inputs as a list, or the result:
 * the headline, the LA table (sortable, filterable) and the two charts, with Save workbook, Save JSON and Open.
 */
public final class ResultPanel extends JPanel implements LanguageAware, javax.swing.Scrollable {
    private static final long serialVersionUID = 1L;
    private static final String EMPTY = "empty";
    private static final String PROBLEMS = "problems";
    private static final String RESULT = "result";

    private final transient Texts texts;
    private final CardLayout cards = new CardLayout();
    private final JLabel hint = new JLabel();
    private final JLabel problemsHeading = new JLabel();
    private final DefaultListModel<String> problems = new DefaultListModel<>();
    private final JList<String> problemList = new JList<>(problems) {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean getScrollableTracksViewportWidth() {
            // As wide as the view, so that each problem wraps instead of running off to the right.
            return true;
        }
    };
    final JTextArea headline = new JTextArea();
    private final LaTableModel model;
    final JTable table;
    private final TableRowSorter<LaTableModel> sorter;
    final JTextField filter = new JTextField(8);
    final JComboBox<String> show = new JComboBox<>();
    final GroupDotChart groupChart = new GroupDotChart();
    final SlopeScatterChart scatter = new SlopeScatterChart();
    final ModelsPanel models;
    final JButton saveWorkbook;
    final JButton saveJson;
    final JButton open;
    final JLabel saved = new JLabel(" ");
    private transient AnalysisResult result;
    private transient List<String> problemLines = List.of();
    private String card = EMPTY;

    /** An empty result area. */
    public ResultPanel(Texts texts, Actions actions) {
        this.texts = texts;
        texts.text(hint, "result.hint");
        model = new LaTableModel(texts);
        table = new LaTable(model);
        sorter = new TableRowSorter<>(model);
        models = new ModelsPanel(texts);
        saveWorkbook = actions.button(ActionModel.SAVE_WORKBOOK);
        saveJson = actions.button(ActionModel.SAVE_JSON);
        open = actions.button(ActionModel.OPEN_WORKBOOK);
        setLayout(cards);
        setName("resultPanel");
        JPanel empty = new JPanel(new MigLayout("insets dialog", "[grow]", "[]"));
        hint.setName("hint");
        empty.add(hint, "wmin 0");
        add(empty, EMPTY);

        JPanel problemPanel = new JPanel(new MigLayout("insets dialog, wrap 1, fill", "[grow, fill]",
                "[]rel[grow, fill]")); // rows: heading, list
        problemsHeading.setName("problemsHeading");
        problemsHeading.putClientProperty("FlatLaf.styleClass", "h3");
        problemList.setName("problems");
        texts.describe(problemList, "problems.list", "problems.list.desc");
        problemList.setCellRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focused) {
                // Each problem wraps at the list's width, so a long message is read without scrolling sideways.
                java.awt.Container view = list.getParent();
                // Swing's HTML counts a CSS px as 4/3 of a screen pixel; leave room for the cell's insets too.
                int margin = list.getFontMetrics(list.getFont()).getHeight();
                int width = Math.max(60, ((view == null ? list.getWidth() : view.getWidth()) - margin) * 3 / 4);
                String html = "<html><body style='width: " + width + "px'>" + escape(String.valueOf(value))
                        + "</body></html>";
                return super.getListCellRendererComponent(list, html, index, selected, focused);
            }
        });
        problemList.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                // Row heights are cached; changing the fixed height forces them to be measured at the new width.
                problemList.setFixedCellHeight(10);
                problemList.setFixedCellHeight(-1);
            }
        });
        problemPanel.add(problemsHeading, "wmin 0");
        JScrollPane problemScroll = new JScrollPane(problemList, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        // The list's size follows its text; the view must not, or a long problem widens the whole window.
        problemScroll.setMinimumSize(new java.awt.Dimension(50, 50));
        problemScroll.setPreferredSize(new java.awt.Dimension(50, 50));
        problemPanel.add(problemScroll, "wmin 0");
        add(problemPanel, PROBLEMS);

        JPanel resultPanel = new JPanel(new MigLayout("insets dialog, wrap 1, fill, hidemode 3",
                "[grow, fill]", // columns
                "[]rel[grow, fill]rel[][]")); // rows: headline, tabs, save buttons, where saved
        headline.setName("headline");
        headline.setEditable(false);
        // A new result must not scroll the view to the end of the headline.
        ((javax.swing.text.DefaultCaret) headline.getCaret()).setUpdatePolicy(
                javax.swing.text.DefaultCaret.NEVER_UPDATE);
        headline.setLineWrap(true);
        headline.setWrapStyleWord(true);
        headline.setOpaque(false);
        headline.setFocusable(true);
        texts.describe(headline, "result.headline", "result.headline.desc");
        table.setName("laTable");
        table.setRowSorter(sorter);
        table.setAutoResizeMode(JTable.AUTO_RESIZE_SUBSEQUENT_COLUMNS);
        table.setAutoCreateRowSorter(false);
        table.setDefaultRenderer(Double.class, new NumberRenderer());
        texts.describe(table, "result.table", "result.table.desc");
        filter.setName("filter");
        texts.describe(filter, "result.filter", "result.filter.desc");
        show.setName("show");
        texts.describe(show, "result.show", "result.show.desc");
        JPanel tablePanel = new JPanel(new MigLayout("insets 0, fill", "[grow, fill]", // columns: one
                "[]rel[grow, fill]")); // rows: filter bar, table
        JLabel filterLabel = texts.text(new JLabel(), "result.filter");
        filterLabel.setLabelFor(filter);
        JLabel showLabel = texts.text(new JLabel(), "result.show");
        showLabel.setLabelFor(show);
        // Filter and Show side by side, or one above the other when the view is narrow (large text).
        JPanel filterBar = new JPanel(new WrappingRowLayout(0));
        filterBar.setOpaque(false);
        for (JComponent[] pair : new JComponent[][] {{filterLabel, filter}, {showLabel, show}}) {
            JPanel group = new JPanel(new MigLayout("insets 0", "[][]", "[]")); // columns: label, field; rows: one
            group.setOpaque(false);
            group.add(pair[0]);
            group.add(pair[1]);
            filterBar.add(group);
        }
        tablePanel.add(filterBar, "wmin 0, wrap");
        tablePanel.add(new JScrollPane(table), "grow");
        JPanel charts = new JPanel(new MigLayout("insets 0, fill", "[grow, fill, 0::]rel[grow, fill, 0::]", "[grow, fill]"));
        charts.setName("charts");
        charts.add(groupChart, "grow");
        charts.add(scatter, "grow");
        JTabbedPane views = new JTabbedPane();
        views.setName("resultViews");
        tablePanel.setName("table");
        views.addTab("", tablePanel);
        views.addTab("", charts);
        views.addTab("", models);
        texts.tabs(views);
        // The headline grows with the models' sentences: at a large text size it scrolls rather than push the views off.
        JScrollPane headlineScroll = new JScrollPane(headline, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        headlineScroll.setBorder(javax.swing.BorderFactory.createEmptyBorder()); // kept by a theme switch
        headlineScroll.setOpaque(false);
        headlineScroll.getViewport().setOpaque(false);
        resultPanel.add(headlineScroll, "wmin 0, hmin 0, hmax 30%");
        resultPanel.add(views, "grow");
        saved.setName("saved");
        // The buttons take a second row rather than widen the result past the window at a large text size.
        JPanel buttons = new JPanel(new WrappingRowLayout(0));
        buttons.setOpaque(false);
        buttons.add(saveWorkbook);
        buttons.add(saveJson);
        buttons.add(open);
        resultPanel.add(buttons, "wmin 0");
        resultPanel.add(saved, "growx, wmin 0");
        add(resultPanel, RESULT);

        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                refilter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                refilter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                refilter();
            }
        });
        show.addActionListener(e -> refilter());
        languageChanged();
        showCard(EMPTY);
    }


    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Shows the problems of the inputs, one per line. */
    public void showProblems(List<String> lines) {
        problemLines = List.copyOf(lines);
        problems.clear();
        lines.forEach(problems::addElement);
        problemsHeading.setText(texts.get("problems.heading", lines.size()));
        showCard(PROBLEMS);
    }

    /** Shows a result. */
    public void showResult(AnalysisResult newResult) {
        result = newResult;
        saved.setText(" ");
        fill();
        showCard(RESULT);
    }

    /** The result shown, or null. */
    public AnalysisResult result() {
        return result;
    }

    /** Shows where a file was saved. */
    public void showSaved(String message) {
        saved.setText(message);
    }

    private void fill() {
        String index = result.comparison().index();
        headline.setText(String.join(" ", PlainWords.answer(result, texts.language().code())));
        headline.setCaretPosition(0);
        model.show(result.las(), index);
        sizeColumns();
        List<ChartPoint> points = new ArrayList<>();
        for (LaResult la : result.las()) {
            points.add(new ChartPoint(la.laCode(), la.trend(), la.index(index), la.pctPerYear(), la.included()));
        }
        groupChart.show(points, Map.of("falling", texts.get("trend.falling"), "rising", texts.get("trend.rising"),
                "other", texts.get("chart.other")), texts.get("chart.groups.title", index), index,
                texts.get("chart.empty"));
        scatter.show(points, result.parameters().stableBand(), texts.get("chart.scatter.title", index), index,
                texts.get("chart.scatter.x"), texts.get("chart.empty"));
        groupChart.setLegend(texts.get("trend.falling"), texts.get("trend.rising"),
                texts.get("chart.notCompared"));
        scatter.setLegend(texts.get("trend.falling"), texts.get("trend.rising"), texts.get("chart.notCompared"));
        describeCharts(points, index);
        models.show(result.models());
    }

    private void showCard(String name) {
        card = name;
        cards.show(this, name);
        revalidate();
    }

    /**
     * Each column as wide as its widest cell or its heading, whichever is wider, plus an em: nothing is cut (the
     * table scrolls sideways when the view is narrower than all of them).
     */
    private void sizeColumns() {
        int em = table.getFontMetrics(table.getFont()).charWidth('m');
        for (int i = 0; i < table.getColumnCount(); i++) {
            javax.swing.table.TableColumn column = table.getColumnModel().getColumn(i);
            javax.swing.table.TableCellRenderer header = column.getHeaderRenderer() != null
                    ? column.getHeaderRenderer() : table.getTableHeader().getDefaultRenderer();
            int width = header.getTableCellRendererComponent(table, column.getHeaderValue(), false, false, -1, i)
                    .getPreferredSize().width;
            for (int row = 0; row < table.getRowCount(); row++) {
                width = Math.max(width, table.prepareRenderer(table.getCellRenderer(row, i), row, i)
                        .getPreferredSize().width);
            }
            column.setPreferredWidth(width + em);
            column.setMinWidth(width + table.getIntercellSpacing().width + 2);
        }
    }

    @Override
    public void updateUI() {
        super.updateUI();
        if (table != null && result != null) {
            // A new text size: measure the columns again once the new fonts are in.
            javax.swing.SwingUtilities.invokeLater(this::sizeColumns);
        }
    }

    /**
     * The height the result needs to be read: the headline's first lines, ten rows of the LA table with its filter bar
     * and heading, and the buttons. Below it the whole result scrolls rather than squeeze the table and charts.
     */
    private int readableHeight() {
        int line = headline.getFontMetrics(headline.getFont()).getHeight();
        return line * 4 + filter.getPreferredSize().height + table.getRowHeight() * 11
                + table.getTableHeader().getPreferredSize().height + line * 3 + saveWorkbook.getPreferredSize().height
                + saved.getPreferredSize().height + line * 3;
    }

    private void describeCharts(List<ChartPoint> points, String index) {
        var s = groupChart.summaries();
        groupChart.getAccessibleContext().setAccessibleName(texts.get("chart.groups.title", index));
        groupChart.getAccessibleContext().setAccessibleDescription(texts.get("chart.groups.desc",
                s.get(0).n(), PlainWords.num(s.get(0).mean()), PlainWords.num(s.get(0).lo()),
                PlainWords.num(s.get(0).hi()), s.get(1).n(), PlainWords.num(s.get(1).mean()),
                PlainWords.num(s.get(1).lo()), PlainWords.num(s.get(1).hi())));
        groupChart.setToolTipText(groupChart.getAccessibleContext().getAccessibleDescription());
        scatter.getAccessibleContext().setAccessibleName(texts.get("chart.scatter.title", index));
        scatter.getAccessibleContext().setAccessibleDescription(texts.get("chart.scatter.desc", scatter.plotted(),
                points.size()));
        scatter.setToolTipText(scatter.getAccessibleContext().getAccessibleDescription());
    }

    private void refilter() {
        String text = filter.getText().trim();
        int mode = show.getSelectedIndex();
        List<RowFilter<LaTableModel, Integer>> filters = new ArrayList<>();
        if (!text.isEmpty()) {
            filters.add(RowFilter.regexFilter("(?iu)" + Pattern.quote(text)));
        }
        if (mode == 1 || mode == 2) {
            filters.add(new RowFilter<>() {
                @Override
                public boolean include(Entry<? extends LaTableModel, ? extends Integer> entry) {
                    return entry.getModel().la(entry.getIdentifier()).included() == (mode == 1);
                }
            });
        }
        sorter.setRowFilter(filters.isEmpty() ? null : RowFilter.andFilter(filters));
    }

    @Override
    public void languageChanged() {
        int selected = Math.max(0, show.getSelectedIndex());
        show.removeAllItems();
        for (String key : new String[] {"result.show.all", "result.show.included", "result.show.excluded"}) {
            show.addItem(texts.get(key));
        }
        show.setSelectedIndex(selected);
        if (!problemLines.isEmpty()) {
            problemsHeading.setText(texts.get("problems.heading", problemLines.size()));
        }
        if (result != null) {
            var keys = sorter.getSortKeys();
            fill();
            sorter.setSortKeys(keys);
        }
    }

    @Override
    public java.awt.Dimension getPreferredSize() {
        java.awt.Dimension d = super.getPreferredSize();
        if (getParent() instanceof javax.swing.JViewport viewport) {
            // Never wider than the view unless the minimum needs it: the headline wraps instead of running on.
            java.awt.Dimension min = getMinimumSize();
            d.width = Math.max(min.width, viewport.getWidth());
            d.height = RESULT.equals(card) ? Math.max(viewport.getHeight(), readableHeight()) : viewport.getHeight();
        }
        return d;
    }

    @Override
    public java.awt.Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return 16;
    }

    @Override
    public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return orientation == javax.swing.SwingConstants.VERTICAL ? visible.height : visible.width;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        // Fit the window while it is wide enough; at a large font on a small screen, scroll instead of clipping.
        return getParent() == null || getParent().getWidth() >= getMinimumSize().width;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        // The window's height: the table and the problem list scroll inside it; a result in a window too short for
        // ten table rows scrolls as a whole instead. (Not the minimum size: a wrapped text area reports a tall one
        // before its first layout, which must not make the whole side scroll.)
        return !RESULT.equals(card) || getParent() == null || getParent().getHeight() >= readableHeight();
    }

    /** Numbers with 3 decimals, blank when undefined, right-aligned. */
    private static final class NumberRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        NumberRenderer() {
            setHorizontalAlignment(RIGHT);
        }

        @Override
        protected void setValue(Object value) {
            setText(value == null ? "\u2013" : String.format(Locale.ROOT, "%.3f", ((Double) value)));
        }
    }

    /** The LA table: as wide as a wide view; scrolls sideways rather than squeeze its columns into a narrow one. */
    private static final class LaTable extends ScaledTable {
        private static final long serialVersionUID = 1L;

        LaTable(LaTableModel model) {
            super(model);
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return getParent() == null || getPreferredSize().width <= getParent().getWidth();
        }
    }
}
