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

    /**
     * The answers' sizes are kept between layouts, but an answer made larger is measured again at the next one, even in
     * a column not shown (which stays invalid, so that the answer changing does not invalidate it again).
     */
    @org.junit.jupiter.api.Test
    void anAnswerMadeLargerIsMeasuredAgain() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            FlatLightLaf.setup();
            Appearance.apply(Theme.LIGHT, 1f);
            JPanel column = new JPanel(new AnswerColumn(KioskStyle.mig(6), KioskStyle.mig(KioskStyle.TOUCH)));
            List<AbstractButton> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                AbstractButton b = AnswerButtons.toggle("Area " + i);
                b.setFont(KioskStyle.font(1.05f, false));
                column.add(b);
                answers.add(b);
            }
            column.setSize(600, column.getPreferredSize().height);
            column.doLayout();
            int before = column.getPreferredSize().height;
            int secondAt = answers.get(1).getY();
            int thirdAt = answers.get(2).getY();
            answers.get(1).setFont(KioskStyle.font(4f, true));
            int grown = answers.get(1).getPreferredSize().height;
            column.setSize(600, column.getPreferredSize().height);
            column.doLayout();
            assertThat(column.getPreferredSize().height).as("preferred height after answer 2 grew to %d px", grown)
                    .isGreaterThan(before);
            assertThat(answers.get(1).getY()).as("answer 2 stays in place").isEqualTo(secondAt);
            assertThat(answers.get(2).getY()).as("answer 3 moved down by answer 2's growth")
                    .isEqualTo(thirdAt + (column.getPreferredSize().height - before));
        });
    }
}
