package org.concord.app.kiosk.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Appearance;
import org.concord.app.base.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The answer column places the answers exactly where the MigLayout it replaces placed them, at any text size. */
class AnswerColumnTest {

    @AfterEach
    void backToLight() throws Exception {
        SwingUtilities.invokeAndWait(() -> Appearance.apply(Theme.LIGHT, 1f));
    }

    @ParameterizedTest(name = "{0} answers, {1} check boxes, {2}%, {3} px wide")
    @CsvSource({"1, false, 100, 900", "5, true, 100, 900", "120, false, 100, 1300", "120, true, 200, 1300",
        "7, false, 150, 300"})
    void placesTheAnswersAsMigLayoutDid(int answers, boolean boxes, int percent, int width) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            FlatLightLaf.setup();
            Appearance.apply(Theme.LIGHT, percent / 100f);
            JPanel mig = new JPanel(new MigLayout("insets 0, fillx, wrap 1, gapy " + KioskStyle.mig(6),
                    "[grow, fill]"));
            JPanel column = new JPanel(new AnswerColumn(KioskStyle.mig(6), KioskStyle.mig(KioskStyle.TOUCH)));
            List<AbstractButton> before = new ArrayList<>();
            List<AbstractButton> after = new ArrayList<>();
            for (int i = 0; i < answers; i++) {
                String label = i % 3 == 0 ? "A rather longer answer, number " + i : "Area " + i;
                for (JPanel panel : new JPanel[] {mig, column}) {
                    AbstractButton b = boxes ? AnswerButtons.box(label) : AnswerButtons.toggle(label);
                    b.setFont(KioskStyle.font(1.05f, i == 2));
                    b.setSelected(i == 2);
                    if (panel == mig) {
                        mig.add(b, "growx, wmin 0, hmin " + KioskStyle.mig(KioskStyle.TOUCH));
                        before.add(b);
                    } else {
                        column.add(b);
                        after.add(b);
                    }
                }
            }
            Dimension preferred = mig.getPreferredSize();
            assertThat(column.getPreferredSize().height).as("preferred height of %d answers", answers)
                    .isEqualTo(preferred.height);
            assertThat(column.getMinimumSize().width).as("minimum width (wmin 0)").isZero();
            for (JPanel panel : new JPanel[] {mig, column}) {
                panel.setSize(width, preferred.height);
                panel.doLayout();
            }
            for (int i = 0; i < answers; i++) {
                assertThat(after.get(i).getBounds()).as("bounds of answer %d of %d", i + 1, answers)
                        .isEqualTo(before.get(i).getBounds());
            }
        });
    }
}
