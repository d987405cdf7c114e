package org.concord.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.app.workspace.WorkspaceGuiSupport.shoot;
import static org.concord.app.workspace.WorkspaceGuiSupport.waitFor;

import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.concord.app.base.Appearance;
import org.concord.app.base.Messages;
import org.concord.app.base.Theme;
import org.concord.forms.FormLoader;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.models.FactorResult;
import org.concord.stats.models.LogisticResult;
import org.concord.stats.models.ModelsResult;
import org.concord.stats.models.ModelsView;
import org.concord.stats.models.MultilevelResult;
import org.concord.stats.models.ScaleResult;
import org.concord.stats.simulate.SimulationFiles;
import org.concord.stats.simulate.SimulationSpec;
import org.concord.stats.simulate.StudySimulator;
import org.concord.stats.simulate.SyntheticStudy;
import org.junit.jupiter.api.Test;

/**
 * The "Scales and models" view of the analyst workspace under Xvfb: after a run it shows the same alpha, loadings
 * (in the workbook's heat-map colours) and model estimates as the {@link AnalysisResult}, and a screenshot of it in
 * light and dark, English and Welsh, 100% and 200% lands in {@code target/screenshots/}.
 */
class ModelsViewGuiTest extends WorkspaceWindowSupport {
    private static final Theme[] THEMES = {Theme.LIGHT, Theme.DARK};
    private static final Locale[] LANGUAGES = {Messages.ENGLISH, Messages.WELSH};
    private static final float[] SCALES = {1f, 2f};

    /** The whole Xvfb screen: a 1600 x 1000 laptop display. */
    @Override
    Dimension size() {
        return new Dimension(1600, 1000);
    }

    @Test
    void theViewShowsTheScalesLoadingsAndModelsOfTheResultInEveryThemeLanguageAndSize() throws Exception {
        // The demo study without missing answers: 108 complete respondents, enough for the factor analysis.
        SyntheticStudy study = StudySimulator.generate(FormLoader.loadBundled(FormLoader.DEFAULT_FORM),
                SimulationSpec.defaults().withLas(12).withRespondents(3, 6).withMissing(0).withSeed(5L));
        Path responses = dir.resolve("complete-responses.csv");
        Path rates = dir.resolve("complete-rates.csv");
        SimulationFiles.writeLongCsv(study, responses);
        SimulationFiles.writeTidyRates(study, rates);
        analyse(responses, rates, 120);
        AnalysisResult result = GuiActionRunner.execute(() -> frame.analysis().results().result());
        ModelsResult models = result.models();
        assertThat(models).as("the models of the run").isNotNull();

        select(0);
        assertScalesShown(window.table("scalesTable").target(), models.scales());
        select(1);
        assertLoadingsShown(window.table("loadingsTable").target(), models.factors());
        select(2);
        assertModelsShown(window.table("multilevelTable").target(), window.table("logisticTable").target(),
                models.multilevel(), models.logistic());

        for (Theme theme : THEMES) {
            for (Locale locale : LANGUAGES) {
                for (float scale : SCALES) {
                    GuiActionRunner.execute(() -> {
                        Appearance.apply(theme, scale);
                        shared.set(locale);
                    });
                    String title = Messages.get("workspace", locale, "tab.models");
                    waitFor("the view titled " + title, 30, () -> title.equals(tabTitle("resultViews", 2)));
                    String name = String.format(Locale.ROOT, "%s-%s-%d", theme.name().toLowerCase(Locale.ROOT),
                            locale.getLanguage(), Math.round(scale * 100));
                    select(1);
                    String factor1 = Messages.get("workspace", locale, "models.factor", "1");
                    assertThat(GuiActionRunner.execute(() -> window.table("loadingsTable").target()
                            .getColumnName(2))).as("heading of the first factor").isEqualTo(factor1);
                    shoot("workspace-models-loadings-" + name, GuiActionRunner.execute(() -> frame.getBounds()));
                    if (scale == 1f && theme == Theme.LIGHT || scale == 2f && theme == Theme.DARK) {
                        select(0);
                        shoot("workspace-models-scales-" + name, GuiActionRunner.execute(() -> frame.getBounds()));
                        select(2);
                        shoot("workspace-models-fitted-" + name, GuiActionRunner.execute(() -> frame.getBounds()));
                    }
                }
            }
        }
    }

    /** Shows the view's tab {@code index} (scales, factor loadings, models) and waits until it is on screen. */
    private void select(int index) {
        window.tabbedPane("workspaceTabs").selectTab(0);
        window.tabbedPane("resultViews").selectTab(2);
        window.tabbedPane("modelsViews").selectTab(index);
        waitFor("models tab " + index + " on screen", 30, () -> {
            JTabbedPane tabs = (JTabbedPane) window.tabbedPane("modelsViews").target();
            return tabs.getSelectedIndex() == index && tabs.getComponentAt(index).isShowing();
        });
    }

    private String tabTitle(String tabs, int index) {
        return window.tabbedPane(tabs).target().getTitleAt(index);
    }

    /** Every scale row's n, alpha and standardised alpha, and every item's r drop and alpha if dropped. */
    private static void assertScalesShown(JTable table, List<ScaleResult> scales) {
        List<List<Object>> expected = new ArrayList<>();
        for (ScaleResult s : scales) {
            expected.add(List.of(s.stats().n(), String.valueOf(s.stats().alpha()),
                    String.valueOf(s.stats().alphaStd())));
            for (int i = 0; i < s.items().size(); i++) {
                expected.add(List.of(s.items().get(i), String.valueOf(s.stats().items().get(i).rDrop()),
                        String.valueOf(s.stats().items().get(i).alphaIfDropped())));
            }
        }
        List<List<Object>> shown = GuiActionRunner.execute(() -> {
            List<List<Object>> out = new ArrayList<>();
            for (int r = 0; r < table.getRowCount(); r++) {
                boolean item = "".equals(table.getValueAt(r, 4));
                out.add(item ? List.of(table.getValueAt(r, 2), String.valueOf(table.getValueAt(r, 10)),
                        String.valueOf(table.getValueAt(r, 11)))
                        : List.of(table.getValueAt(r, 4), String.valueOf(table.getValueAt(r, 5)),
                        String.valueOf(table.getValueAt(r, 6))));
            }
            return out;
        });
        assertThat(scales).as("scales of the result").isNotEmpty();
        assertThat(shown).as("scale rows (n, alpha, standardised alpha) and item rows (r drop, alpha if dropped)")
                .containsExactlyElementsOf(expected);
    }

    /** Every item's loadings, each in its heat-map colour with the value written on it to 3 decimals. */
    private static void assertLoadingsShown(JTable table, FactorResult factors) {
        assertThat(factors.items()).as("items of the factor analysis (note: %s)", factors.note()).isNotEmpty();
        List<String> expected = new ArrayList<>();
        for (FactorResult.Item it : factors.items()) {
            for (double l : it.loadings()) {
                expected.add(it.name() + " " + l + " #" + Integer.toHexString(ModelsView.colour(l))
                        + " " + String.format(Locale.ROOT, "%.3f", l));
            }
        }
        List<String> shown = GuiActionRunner.execute(() -> {
            List<String> out = new ArrayList<>();
            for (int r = 0; r < table.getRowCount(); r++) {
                for (int k = 0; k < factors.factors(); k++) {
                    Component cell = table.prepareRenderer(table.getCellRenderer(r, 2 + k), r, 2 + k);
                    Color back = cell.getBackground();
                    out.add(table.getValueAt(r, 0) + " " + table.getValueAt(r, 2 + k) + " #"
                            + Integer.toHexString(back.getRGB() & 0xFFFFFF) + " " + ((JLabel) cell).getText());
                }
            }
            return out;
        });
        assertThat(shown).as("item, loading, cell colour and text").containsExactlyElementsOf(expected);
    }

    /** The multilevel model's fixed effects, variances and ICC, and the logistic model's coefficient and odds ratio. */
    private static void assertModelsShown(JTable ml, JTable lg, MultilevelResult m, LogisticResult l) {
        assertThat(m.rising()).as("rising effect (note: %s)", m.note()).isNotNull();
        assertThat(l.index()).as("index coefficient (note: %s)", l.note()).isNotNull();
        List<Object> expectedMl = java.util.Arrays.asList(
                m.intercept().estimate(), m.intercept().se(), m.intercept().df(), m.intercept().t(),
                m.intercept().p(), m.rising().estimate(), m.rising().se(), m.rising().df(), m.rising().t(),
                m.rising().p(), m.tau2(), m.sigma2(), m.icc(), m.reml(), m.lrt().chisq(), m.lrt().p());
        List<Object> shownMl = GuiActionRunner.execute(() -> java.util.Arrays.asList(
                ml.getValueAt(0, 1), ml.getValueAt(0, 2), ml.getValueAt(0, 3), ml.getValueAt(0, 4),
                ml.getValueAt(0, 5), ml.getValueAt(1, 1), ml.getValueAt(1, 2), ml.getValueAt(1, 3),
                ml.getValueAt(1, 4), ml.getValueAt(1, 5), ml.getValueAt(2, 1), ml.getValueAt(3, 1),
                ml.getValueAt(4, 1), ml.getValueAt(6, 1), ml.getValueAt(7, 1), ml.getValueAt(7, 5)));
        assertThat(shownMl).as("multilevel: intercept and rising (estimate, SE, df, t, p), tau2, sigma2, ICC, REML, "
                + "LRT chi-square and p").containsExactlyElementsOf(expectedMl);
        String risingText = GuiActionRunner.execute(() -> ((JLabel) ml.prepareRenderer(ml.getCellRenderer(1, 1), 1,
                1)).getText());
        assertThat(risingText).as("rising estimate as shown")
                .isEqualTo(String.format(Locale.ROOT, "%.3f", m.rising().estimate()));
        List<Object> expectedLg = java.util.Arrays.asList(l.intercept().estimate(), l.index().estimate(), l.index().se(),
                l.index().z(), l.index().p(), l.oddsRatio(), l.oddsRatioLow(), l.oddsRatioHigh(), l.deviance(),
                l.nullDeviance(), l.aic());
        List<Object> shownLg = GuiActionRunner.execute(() -> java.util.Arrays.asList(lg.getValueAt(0, 1), lg.getValueAt(1, 1),
                lg.getValueAt(1, 2), lg.getValueAt(1, 3), lg.getValueAt(1, 4), lg.getValueAt(2, 1),
                lg.getValueAt(3, 1), lg.getValueAt(4, 1), lg.getValueAt(5, 1), lg.getValueAt(6, 1),
                lg.getValueAt(7, 1)));
        assertThat(shownLg).as("logistic: intercept, index (estimate, SE, z, p), odds ratio with its interval, "
                + "deviances, AIC").containsExactlyElementsOf(expectedLg);
    }
}
