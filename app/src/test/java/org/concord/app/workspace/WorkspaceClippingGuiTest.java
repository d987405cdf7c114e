package org.concord.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.app.workspace.WorkspaceGuiSupport.shoot;
import static org.concord.app.workspace.WorkspaceGuiSupport.waitFor;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JViewport;
import javax.swing.table.TableColumn;
import org.assertj.swing.edt.GuiActionRunner;
import org.concord.app.base.Appearance;
import org.concord.app.base.ComponentTree;
import org.concord.app.base.Messages;
import org.concord.app.base.Theme;
import org.concord.app.workspace.chart.GroupDotChart;
import org.concord.app.workspace.chart.SlopeScatterChart;
import org.junit.jupiter.api.Test;

/**
 * Nothing of the analysis workspace is cut at large text (issue 15 item 9), measured at 100%, 200% and 250% in
 * English and Cymraeg, in the window as it opens on a 1600 x 1000 screen: every label and button at least as wide as it wants, every column
 * of the LA table as wide as its widest cell ("Why not compared" was cut even at 100%), at least ten table rows in
 * view (the result scrolls as a whole rather than squeeze them), and the charts' y tick labels apart.
 */
class WorkspaceClippingGuiTest extends WorkspaceWindowSupport {
    /** The window as it opens (1280 x 860 on this 1600 x 1000 screen), where the issue saw the cuts. */
    @Override
    Dimension size() {
        return null;
    }

    @Test
    void nothingIsCutAtOneTwoAndTwoAndAHalfTimesTheText() throws Exception {
        DemoData demo = DemoData.write(dir, false);
        analyse(demo.responses, demo.rates, 90);

        List<String> problems = new ArrayList<>();
        for (Locale language : new Locale[] {Messages.ENGLISH, Messages.WELSH}) {
            for (float scale : new float[] {1f, 2f, 2.5f}) {
                for (Theme theme : scale == 2f ? new Theme[] {Theme.LIGHT, Theme.DARK} : new Theme[] {Theme.DARK}) {
                    String variant = String.format(Locale.ROOT, "%s-%s-%d", language.getLanguage(),
                            theme.name().toLowerCase(Locale.ROOT), Math.round(scale * 100));
                    GuiActionRunner.execute(() -> {
                        Appearance.apply(theme, scale);
                        shared.set(language);
                    });
                    window.tabbedPane("resultViews").selectTab(0);
                    settle();
                    problems.addAll(report(variant + " table", GuiActionRunner.execute(() -> cutTexts(frame))));
                    problems.addAll(report(variant + " table", GuiActionRunner.execute(this::tableProblems)));
                    shoot("workspace-clipping-table-" + variant, GuiActionRunner.execute(() -> frame.getBounds()));
                    window.tabbedPane("resultViews").selectTab(1);
                    settle();
                    problems.addAll(report(variant + " charts", GuiActionRunner.execute(this::chartProblems)));
                    shoot("workspace-clipping-charts-" + variant, GuiActionRunner.execute(() -> frame.getBounds()));
                }
            }
        }
        assertThat(problems).as("what is cut in the workspace").isEmpty();
    }

    private static List<String> report(String variant, List<String> found) {
        List<String> out = found.stream().map(s -> variant + ": " + s).toList();
        out.forEach(System.out::println);
        System.out.println(variant + ": " + out.size() + " cut");
        return out;
    }

    /** Lets the new fonts' layout and the columns' measuring (queued after it) land. */
    private void settle() {
        robot.waitForIdle();
        GuiActionRunner.execute(() -> {
            frame.validate();
            return null;
        });
        robot.waitForIdle();
    }

    /** Labels and buttons showing narrower than their text needs. */
    private static List<String> cutTexts(Container root) {
        List<String> out = new ArrayList<>();
        for (Component c : ComponentTree.all(root)) {
            if ((c instanceof JLabel || c instanceof AbstractButton) && c.isShowing()
                    && c.getWidth() < c.getPreferredSize().width) {
                String text = c instanceof JLabel l ? l.getText() : ((AbstractButton) c).getText();
                if (text != null && !text.isBlank()) {
                    out.add("'" + text + "' (" + c.getName() + ") is " + c.getWidth() + " px wide, needs "
                            + c.getPreferredSize().width);
                }
            }
        }
        return out;
    }

    /** Columns narrower than a cell or heading, and fewer than ten rows in view. */
    private List<String> tableProblems() {
        List<String> out = new ArrayList<>();
        JTable table = (JTable) ComponentTree.all(frame).stream().filter(c -> "laTable".equals(c.getName()))
                .findFirst().orElseThrow();
        for (int i = 0; i < table.getColumnCount(); i++) {
            TableColumn column = table.getColumnModel().getColumn(i);
            int need = table.getTableHeader().getDefaultRenderer().getTableCellRendererComponent(table,
                    column.getHeaderValue(), false, false, -1, i).getPreferredSize().width;
            for (int row = 0; row < table.getRowCount(); row++) {
                need = Math.max(need, table.prepareRenderer(table.getCellRenderer(row, i), row, i)
                        .getPreferredSize().width);
            }
            if (column.getWidth() < need) {
                out.add("column '" + column.getHeaderValue() + "' is " + column.getWidth() + " px wide, its widest "
                        + "cell needs " + need);
            }
        }
        // The headline wraps inside the view: the result does not run off its right edge.
        Component result = ComponentTree.all(frame).stream().filter(c -> "resultPanel".equals(c.getName()))
                .findFirst().orElseThrow();
        int visible = result.getParent().getWidth();
        System.out.println("result " + result.getWidth() + " px wide in a view of " + visible);
        if (result.getWidth() > visible) {
            out.add("the result is " + result.getWidth() + " px wide in a view of " + visible + " (runs off the edge)");
        }
        JViewport view = (JViewport) table.getParent();
        int rows = view.getHeight() / table.getRowHeight();
        System.out.println("table rows in view: " + rows + " (" + view.getHeight() + " px, rows of "
                + table.getRowHeight() + " px, " + table.getRowCount() + " rows)");
        if (rows < Math.min(10, table.getRowCount())) {
            out.add("only " + rows + " table rows in view");
        }
        return out;
    }

    /** Y tick labels of a chart that overlap each other. */
    private List<String> chartProblems() {
        List<String> out = new ArrayList<>();
        for (Component c : ComponentTree.all(frame)) {
            if ((c instanceof GroupDotChart || c instanceof SlopeScatterChart) && c.isShowing()) {
                javax.swing.JComponent chart = (javax.swing.JComponent) c;
                chart.paintImmediately(0, 0, chart.getWidth(), chart.getHeight());
                List<Rectangle> labels = c instanceof GroupDotChart g ? g.tickLabelBounds()
                        : ((SlopeScatterChart) c).tickLabelBounds();
                System.out.println(c.getClass().getSimpleName() + " " + chart.getWidth() + " x " + chart.getHeight()
                        + ", y tick labels at " + labels.stream().map(r -> r.y + "+" + r.height).toList());
                for (int i = 0; i + 1 < labels.size(); i++) {
                    if (labels.get(i).intersects(labels.get(i + 1))) {
                        out.add(c.getClass().getSimpleName() + " y tick labels overlap: " + labels.get(i) + " and "
                                + labels.get(i + 1));
                    }
                }
            }
        }
        return out;
    }
}
