package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import org.concord.app.base.Appearance;
import org.concord.app.base.Theme;
import org.concord.app.base.action.ActionModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A chosen answer is unmistakable: its fill differs from an unchosen button's by at least WCAG 2.2's 3:1 non-text
 * contrast (success criterion 1.4.11), measured on the pixels the real kiosk paints, in the light and the dark theme;
 * its text is bold and starts with a tick.
 */
class KioskSelectionContrastTest extends KioskGuiSupport {

    @AfterEach
    void backToLight() {
        onEdt(() -> {
            Appearance.apply(Theme.LIGHT, 1f);
            return null;
        });
    }

    @ParameterizedTest(name = "{0} {1}%")
    @CsvSource({"LIGHT, 100", "DARK, 100", "LIGHT, 200", "DARK, 200"})
    void aChosenAnswerStandsOutFromTheOthers(Theme theme, int percent) throws Exception {
        open();
        // open() sets up the light look; the theme under test replaces it before the first page is built.
        onEdt(() -> {
            Appearance.apply(theme, percent / 100f);
            javax.swing.SwingUtilities.updateComponentTreeUI(kiosk.frame());
            return null;
        });
        startParticipant();
        window.checkBox("q.consent.box").click();
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("about");
        window.toggleButton("q.role.worker").click();
        waitFor("worker chosen", () -> "worker".equals(kiosk.session().answer("role")));
        window.button(ActionModel.KIOSK_NEXT.componentName()).click();
        waitForPage("views");
        String item = viewsOrder().get(0);
        window.toggleButton("q." + item + ".4").click();
        waitFor(item + " answered", () -> "4".equals(kiosk.session().answer(item)));
        robot.waitForIdle();
        Files.createDirectories(KioskScreenshotTest.SHOTS);
        ImageIO.write(paint(kiosk.frame().getContentPane()), "png", KioskScreenshotTest.SHOTS
                .resolve("selected-" + theme.name().toLowerCase() + "-" + percent + ".png").toFile());
        // A scale point: chosen 4 against unchosen 3 on the same row.
        assertStandsOut(theme, "q." + item + ".4", "q." + item + ".3");
        window.button(ActionModel.KIOSK_BACK.componentName()).click();
        waitForPage("about");
        robot.waitForIdle();
        // A choice list: chosen "Social worker" against unchosen "Service or team manager".
        assertStandsOut(theme, "q.role.worker", "q.role.leader");
    }

    private void assertStandsOut(Theme theme, String chosen, String other) {
        AbstractButton on = window.toggleButton(chosen).target();
        AbstractButton off = window.toggleButton(other).target();
        assertThat(onEdt(on::isSelected)).as("%s selected", chosen).isTrue();
        Color fillOn = fill(onEdt(() -> paint(on)));
        Color fillOff = fill(onEdt(() -> paint(off)));
        double ratio = contrast(fillOn, fillOff);
        assertThat(ratio).as("WCAG contrast of %s fill %s against %s fill %s in %s", chosen, fillOn, other, fillOff,
                theme).isGreaterThanOrEqualTo(3.0);
        String text = onEdt(on::getText);
        assertThat(text).as("text of the chosen %s", chosen).contains("\u2713");
        boolean bold = text.contains("<b>\u2713") || onEdt(() -> on.getFont().isBold());
        assertThat(bold).as("chosen %s is bold (text %s, font %s)", chosen, text, onEdt(on::getFont)).isTrue();
        assertThat(onEdt(off::getText)).as("text of the unchosen %s", other).doesNotContain("\u2713");
    }

    private static BufferedImage paint(java.awt.Component c) {
        BufferedImage image = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        c.paint(g);
        g.dispose();
        return image;
    }

    /** The colour covering most of the button's inner area (its fill; text and focus ring are far fewer pixels). */
    private static Color fill(BufferedImage image) {
        Map<Integer, Integer> counts = new HashMap<>();
        int w = image.getWidth();
        int h = image.getHeight();
        for (int y = h / 5; y < h * 4 / 5; y++) {
            for (int x = w / 10; x < w * 9 / 10; x++) {
                counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        int rgb = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return new Color(rgb);
    }

    /** WCAG 2.2 contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances, lighter over darker. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double s = value / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
