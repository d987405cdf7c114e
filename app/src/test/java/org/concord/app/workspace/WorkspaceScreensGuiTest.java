package org.concord.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.app.workspace.WorkspaceGuiSupport.shoot;
import static org.concord.app.workspace.WorkspaceGuiSupport.waitFor;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import org.assertj.swing.edt.GuiActionRunner;
import org.concord.app.base.Appearance;
import org.concord.app.base.Messages;
import org.concord.app.base.Texts;
import org.concord.app.base.Theme;
import org.junit.jupiter.api.Test;

/**
 * Every workspace screen (LA table, charts, power, problems) in light and dark, English and Welsh, 100% and 200%:
 * no text is missing from a bundle, and a screenshot of each lands in {@code target/screenshots/} for a person to
 * look at. Also the power panel: estimate, cancel, estimate again.
 */
class WorkspaceScreensGuiTest extends WorkspaceWindowSupport {
    private final Texts texts = new Texts("workspace", shared);
    private static final Theme[] THEMES = {Theme.LIGHT, Theme.DARK};
    private static final Locale[] LANGUAGES = {Messages.ENGLISH, Messages.WELSH};
    private static final float[] SCALES = {1f, 2f};

    /** The whole Xvfb screen: a 1600 x 1000 laptop display. */
    @Override
    Dimension size() {
        return new Dimension(1600, 1000);
    }

    private boolean analysisIdle() {
        return window.button("run").target().isEnabled();
    }

    private boolean powerIdle() {
        return window.button("powerRun").target().isEnabled();
    }

    @Test
    void thePowerPanelEstimatesCancelsAndEstimatesAgain() {
        window.tabbedPane("workspaceTabs").selectTab(1);
        set("las", 8);
        set("leaders", 2);
        set("workers", 4);
        set("powerPermutations", 99);
        set("replications", 100_000);
        window.button("powerRun").click();
        waitFor("some studies simulated", 30, () -> window.progressBar("powerProgress").target().getValue() > 0);
        window.button("powerCancel").click();
        waitFor("the estimate has stopped", 30, this::powerIdle);
        window.progressBar("powerProgress").requireText(texts.get("power.cancelled"));
        assertThat(frame.power().result()).isNull();

        set("replications", 40);
        window.button("powerRun").click();
        waitFor("the estimate", 120, () -> powerIdle() && frame.power().result() != null);
        var result = GuiActionRunner.execute(() -> frame.power().result());
        assertThat(result.replications()).isEqualTo(40);
        assertThat(window.progressBar("powerProgress").target().getValue()).isEqualTo(40);
        assertThat(window.textBox("powerAnswer").text()).startsWith("Mann-Whitney power "
                + String.format(Locale.ROOT, "%.1f%%", result.mannWhitneyPower() * 100));
    }

    @Test
    void everyScreenInBothThemesLanguagesAndSizesHasAllItsTextsAndIsPhotographed() throws Exception {
        DemoData demo = DemoData.write(dir, false);
        analyse(demo.responses, demo.rates, 90);

        window.tabbedPane("workspaceTabs").selectTab(1);
        set("las", 8);
        set("leaders", 2);
        set("workers", 4);
        set("powerPermutations", 99);
        set("replications", 20);
        window.button("powerRun").click();
        waitFor("the estimate", 120, () -> powerIdle() && frame.power().result() != null);

        photographEverything("table", () -> {
            window.tabbedPane("workspaceTabs").selectTab(0);
            window.tabbedPane("resultViews").selectTab(0);
        });
        photographEverything("charts", () -> {
            window.tabbedPane("workspaceTabs").selectTab(0);
            window.tabbedPane("resultViews").selectTab(1);
        });
        photographEverything("power", () -> window.tabbedPane("workspaceTabs").selectTab(1));

        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "participant_id,la_code,item,value\np1,A,role,director\np1,A,no_such_item,3\n"
                + "p2,,role,social_worker\np3,B,role,chief\n", StandardCharsets.UTF_8);
        window.tabbedPane("workspaceTabs").selectTab(0);
        GuiActionRunner.execute(() -> frame.analysis().inputs().addInputs(List.of(broken)));
        window.button("run").click();
        javax.swing.JList<?> problems = robot.finder().findByName("problems", javax.swing.JList.class, false);
        waitFor("the problems", 90, () -> analysisIdle() && problems.isShowing() && problems.getModel().getSize() > 0);
        List<String> lines = GuiActionRunner.execute(() -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < problems.getModel().getSize(); i++) {
                out.add(String.valueOf(problems.getModel().getElementAt(i)));
            }
            return out;
        });
        assertThat(lines).hasSize(4).allSatisfy(line ->
                assertThat(line).startsWith("broken.csv row "));
        window.label("problemsHeading").requireText(texts.get("problems.heading", 4));
        photographEverything("problems", () -> window.tabbedPane("workspaceTabs").selectTab(0));
    }

    private void photographEverything(String screen, Runnable select) throws Exception {
        for (Theme theme : THEMES) {
            for (Locale language : LANGUAGES) {
                for (float scale : SCALES) {
                    GuiActionRunner.execute(() -> {
                        Appearance.apply(theme, scale);
                        shared.set(language);
                    });
                    select.run();
                    GuiActionRunner.execute(() -> null);
                    List<String> missing = GuiActionRunner.execute(() -> missingTexts(frame));
                    assertThat(missing).as("texts missing from the %s bundle", language).isEmpty();
                    String tab = GuiActionRunner.execute(() -> ((JTabbedPane) frame.getContentPane()).getTitleAt(0));
                    assertThat(tab).isEqualTo(Messages.get("workspace", language, "tab.analysis"));
                    shoot(String.format(Locale.ROOT, "workspace-%s-%s-%s-%d", screen,
                            theme.name().toLowerCase(Locale.ROOT), language.getLanguage(), Math.round(scale * 100)),
                            GuiActionRunner.execute(() -> frame.getBounds()));
                }
            }
        }
    }

    /** Every visible text, tooltip, accessible name or tab title that shows a missing bundle key ({@code !key!}). */
    private static List<String> missingTexts(Component root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Component c, List<String> out) {
        List<String> texts = new ArrayList<>();
        if (c instanceof JLabel l) {
            texts.add(l.getText());
        }
        if (c instanceof AbstractButton b) {
            texts.add(b.getText());
        }
        if (c instanceof JComponent j) {
            texts.add(j.getToolTipText());
            texts.add(j.getAccessibleContext().getAccessibleName());
        }
        if (c instanceof JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                texts.add(tabs.getTitleAt(i));
            }
        }
        for (String t : texts) {
            if (t != null && t.matches("(?s).*![A-Za-z.]+!.*")) {
                out.add(t);
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, out);
            }
        }
    }
}
