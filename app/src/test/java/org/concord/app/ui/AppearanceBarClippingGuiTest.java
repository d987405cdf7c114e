package org.concord.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.assertj.swing.edt.GuiActionRunner;
import org.concord.app.base.Appearance;
import org.concord.app.base.ComponentTree;
import org.concord.app.base.GuiWait;
import org.concord.app.base.Language;
import org.concord.app.base.Messages;
import org.concord.app.base.Texts;
import org.concord.app.base.Theme;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.action.Actions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The appearance bar never cuts a label ("Cymraeg" was cut to "Cymra" at 200% and "E" at 250%): at 100%, 200% and
 * 250%, in English and Cymraeg, in a window as narrow as the main window may be and in a wide one, every label and
 * button is at least as wide as it wants to be and lies wholly inside the bar (which takes more rows when needed).
 */
class AppearanceBarClippingGuiTest {
    private JFrame frame;

    @AfterEach
    void close() {
        GuiActionRunner.execute(() -> {
            if (frame != null) {
                frame.dispose();
            }
            Appearance.apply(Theme.LIGHT, 1f);
        });
    }

    @Test
    void noLabelOrButtonIsCutAtAnyTextSizeOrWindowWidth() {
        List<String> cut = new ArrayList<>();
        for (Locale locale : new Locale[] {Messages.ENGLISH, Messages.WELSH}) {
            for (float scale : new float[] {1f, 2f, 2.5f}) {
                for (int width : new int[] {640, 1360}) {
                    AppearanceBar bar = GuiActionRunner.execute(() -> {
                        Appearance.apply(Theme.DARK, scale);
                        Texts texts = new Texts("app", new Language(locale));
                        Actions actions = new Actions(texts);
                        for (ActionModel id : List.of(ActionModel.FONT_SMALLER, ActionModel.FONT_BIGGER,
                                ActionModel.THEME_LIGHT, ActionModel.THEME_DARK, ActionModel.LANGUAGE_ENGLISH,
                                ActionModel.LANGUAGE_WELSH)) {
                            actions.on(id, () -> { });
                        }
                        AppearanceBar b = new AppearanceBar(texts, actions);
                        b.show(Theme.DARK, scale, Messages.WELSH.equals(locale));
                        // As in the main window: the bar on top, as wide as the window, the screen below.
                        JPanel root = new JPanel(new MigLayout("insets 0, fill", "[grow, fill]", "[][grow, fill]"));
                        root.add(b, "wmin 0, wrap");
                        root.add(new JPanel());
                        if (frame != null) {
                            frame.dispose();
                        }
                        frame = new JFrame();
                        frame.setContentPane(root);
                        frame.setBounds(0, 0, width, 600);
                        frame.setVisible(true);
                        return b;
                    });
                    String variant = locale.getLanguage() + " " + Math.round(scale * 100) + "% " + width + "px";
                    // Laid out, and laid out again once the bar has asked for the rows its width needs.
                    GuiWait.until("the bar laid out (" + variant + ")", () -> bar.isShowing() && bar.getWidth() > 0
                            && bar.getHeight() >= bar.getPreferredSize().height, Boolean.TRUE::equals);
                    List<String> found = GuiActionRunner.execute(() -> cutIn(bar, variant));
                    found.forEach(System.out::println);
                    System.out.println(variant + ": bar " + bar.getWidth() + " x " + bar.getHeight() + ", "
                            + found.size() + " cut");
                    cut.addAll(found);
                    if (width == 640) {
                        GuiTestSupport.screenshot(frame, "appearance-bar-" + variant.replace(' ', '-'));
                    }
                }
            }
        }
        assertThat(cut).as("labels and buttons cut in the appearance bar").isEmpty();
    }

    /** Every label or button of {@code bar} narrower than it wants, or not wholly inside the bar. */
    private static List<String> cutIn(AppearanceBar bar, String variant) {
        List<String> out = new ArrayList<>();
        for (Component c : ComponentTree.all(bar)) {
            if (!(c instanceof JLabel || c instanceof AbstractButton) || !c.isVisible()) {
                continue;
            }
            String text = c instanceof JLabel l ? l.getText() : ((AbstractButton) c).getText();
            Rectangle in = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), bar);
            boolean narrow = c.getWidth() < c.getPreferredSize().width;
            boolean outside = !new Rectangle(0, 0, bar.getWidth(), bar.getHeight()).contains(in);
            if (narrow || outside) {
                out.add(variant + ": '" + text + "' is " + c.getWidth() + " px wide (wants "
                        + c.getPreferredSize().width + ") at " + in + " in a bar of " + bar.getSize());
            }
        }
        return out;
    }
}
