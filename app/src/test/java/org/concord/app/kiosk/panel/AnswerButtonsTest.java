package org.concord.app.kiosk.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.image.BufferedImage;
import javax.swing.AbstractButton;
import javax.swing.JCheckBox;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The answer buttons with their shared UI paint exactly what a button with the kiosk's FlatLaf style string painted
 * (the style they replace), chosen or not, enabled or read-only, in the light and the dark theme.
 */
class AnswerButtonsTest {

    @AfterEach
    void backToLight() throws Exception {
        SwingUtilities.invokeAndWait(FlatLightLaf::setup);
    }

    @ParameterizedTest(name = "{0} dark={1} selected={2} enabled={3}")
    @CsvSource({"toggle, false, false, true", "toggle, false, true, true", "toggle, false, true, false",
        "toggle, true, false, true", "toggle, true, true, true", "toggle, true, false, false",
        "box, false, false, true", "box, false, true, true", "box, true, true, true", "box, true, false, false"})
    void paintsAsTheStyleItReplaces(String kind, boolean dark, boolean selected, boolean enabled) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            if (dark) {
                FlatDarkLaf.setup();
            } else {
                FlatLightLaf.setup();
            }
            boolean toggle = "toggle".equals(kind);
            AbstractButton shared = toggle ? AnswerButtons.toggle("North area 003") : AnswerButtons.box("Plum");
            AbstractButton styled = toggle ? new JToggleButton("North area 003") : new JCheckBox("Plum");
            styled.putClientProperty("FlatLaf.style", toggle ? KioskStyle.answerStyle() : "icon.focusWidth: 3");
            for (AbstractButton b : new AbstractButton[] {shared, styled}) {
                b.setFont(KioskStyle.font(1.05f, selected));
                b.setSelected(selected);
                b.setEnabled(enabled);
                b.setSize(420, 56);
                b.doLayout();
            }
            Insets a = shared.getInsets();
            Insets b = styled.getInsets();
            assertThat(a).as("insets of the shared %s against the styled one", kind).isEqualTo(b);
            assertThat(shared.getPreferredSize()).as("preferred size of the shared %s", kind)
                    .isEqualTo(styled.getPreferredSize());
            BufferedImage mine = paint(shared);
            BufferedImage theirs = paint(styled);
            int differing = 0;
            String first = null;
            for (int y = 0; y < mine.getHeight(); y++) {
                for (int x = 0; x < mine.getWidth(); x++) {
                    if (mine.getRGB(x, y) != theirs.getRGB(x, y)) {
                        differing++;
                        if (first == null) {
                            first = String.format("(%d,%d) %08x against %08x", x, y, mine.getRGB(x, y),
                                    theirs.getRGB(x, y));
                        }
                    }
                }
            }
            assertThat(differing).as("pixels of the shared %s unlike the styled one's, first %s", kind, first)
                    .isZero();
        });
    }

    private static BufferedImage paint(AbstractButton b) {
        BufferedImage image = new BufferedImage(b.getWidth(), b.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        b.paint(g);
        g.dispose();
        return image;
    }
}
