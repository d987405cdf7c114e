package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.concord.app.base.Appearance;
import org.concord.app.base.Theme;
import org.concord.app.base.WrappingLabel;
import org.concord.app.base.action.ActionModel;
import org.concord.forms.FormLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Takes a screenshot of every kiosk screen with the bundled form at 100% and 200% font size in English and Welsh, into
 * {@code app/target/kiosk-screenshots/} (to be looked at), and checks that no text is cut: every showing text and
 * button is at least as large as it needs to be.
 */
class KioskScreenshotTest extends KioskGuiSupport {
    static final Path SHOTS = Path.of("target", "kiosk-screenshots");

    @AfterEach
    void backTo100() {
        onEdt(() -> {
            Appearance.apply(Theme.LIGHT, 1f);
            return null;
        });
    }

    @ParameterizedTest(name = "{0}% {1}")
    @CsvSource({"100, en", "100, cy", "200, en", "200, cy"})
    void everyScreenFitsItsText(int percent, String language) throws Exception {
        onEdt(() -> {
            Appearance.apply(Theme.LIGHT, percent / 100f);
            return null;
        });
        open(FormLoader.loadBundled("values-agreement"), null);
        String prefix = percent + "-" + language + "-";
        List<String> clipped = new ArrayList<>();
        if (language.equals("cy")) {
            click(ActionModel.KIOSK_WELSH.componentName());
        }
        shoot(prefix + "01-start", clipped);
        click(ActionModel.KIOSK_START.componentName());
        waitForPage("welcome");
        click(ActionModel.KIOSK_NEXT.componentName());
        shoot(prefix + "02-welcome-required", clipped);
        click("q.consent.box");
        click(ActionModel.KIOSK_NEXT.componentName());
        waitForPage("about");
        onEdt(() -> {
            ((JTextComponent) KioskParticipantFlowTest.findNamed(kiosk.frame(), "q.years.text")).setText("77");
            kiosk.page().commit();
            return null;
        });
        click(ActionModel.KIOSK_NEXT.componentName());
        shoot(prefix + "03-about-messages", clipped);
        click("q.role.principal_social_worker");
        onEdt(() -> {
            ((JTextComponent) KioskParticipantFlowTest.findNamed(kiosk.frame(), "q.years.text")).setText("7");
            kiosk.page().commit();
            return null;
        });
        click(ActionModel.KIOSK_NEXT.componentName());
        waitForPage("views_needs_resources");
        String first = viewsOrder("views_needs_resources").get(0);
        click("q." + first + ".3");
        shoot(prefix + "04-views", clipped);
        // Large touch targets: every point of a scale is at least 48 x 48 pixels, already at 100%.
        Dimension smallest = onEdt(() -> {
            Dimension min = new Dimension(Integer.MAX_VALUE, Integer.MAX_VALUE);
            for (Component c : KioskParticipantFlowTest.allComponents(kiosk.frame())) {
                if (c instanceof javax.swing.JToggleButton && c.getName() != null && c.getName().startsWith("q.")) {
                    min.width = Math.min(min.width, c.getWidth());
                    min.height = Math.min(min.height, c.getHeight());
                }
            }
            return min;
        });
        assertThat(smallest.width).isGreaterThanOrEqualTo(48);
        assertThat(smallest.height).isGreaterThanOrEqualTo(48);
        for (String page : List.of("views_families_care", "views_risk_blame", "views_procedure_judgement",
                "views_learning_challenge", "views_leaders_practice", "cases")) {
            click(ActionModel.KIOSK_NEXT.componentName());
            waitForPage(page);
        }
        click("q.case_a_plan.2");
        shoot(prefix + "05-cases", clipped);
        click(ActionModel.KIOSK_NEXT.componentName());
        waitForPage("end");
        shoot(prefix + "06-end", clipped);
        click(ActionModel.KIOSK_NEXT.componentName());
        waitForPage(org.concord.session.FormSession.REVIEW_PAGE);
        shoot(prefix + "07-review", clipped);
        SwingUtilities.invokeLater(() -> ((AbstractButton) KioskParticipantFlowTest.findNamed(kiosk.frame(),
                ActionModel.KIOSK_RESEARCHER.componentName())).doClick(0));
        waitFor("PIN dialog", () -> pinDialog() != null);
        robot.waitForIdle();
        shootWindow(onEdt(this::pinDialog), prefix + "08-pin", clipped);
        onEdt(() -> {
            pinDialog().dispose();
            return null;
        });
        click(ActionModel.KIOSK_SUBMIT.componentName());
        waitFor("thank-you page", () -> kiosk.session() == null);
        shoot(prefix + "09-thanks", clipped);
        assertThat(clipped).as("texts cut at %d%% in %s", percent, language).isEmpty();
    }

    private List<String> viewsOrder(String group) {
        return onEdt(() -> kiosk.session().randomizedOrders().get(group));
    }

    private Dialog pinDialog() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Dialog d && d.isShowing() && "kiosk.pin".equals(d.getName())) {
                return d;
            }
        }
        return null;
    }

    private void click(String name) {
        onEdt(() -> {
            ((AbstractButton) KioskParticipantFlowTest.findNamed(kiosk.frame(), name)).doClick(0);
            return null;
        });
        waitSaved();
        robot.waitForIdle();
    }

    private void shoot(String name, List<String> clipped) {
        robot.waitForIdle();
        shootWindow(kiosk.frame(), name, clipped);
    }

    static void shootWindow(Window window, String name, List<String> clipped) {
        onEdt(() -> {
            BufferedImage image = new BufferedImage(window.getWidth(), window.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            window.paint(g);
            g.dispose();
            try {
                Files.createDirectories(SHOTS);
                ImageIO.write(image, "png", SHOTS.resolve(name + ".png").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            collectClipped(window, name, clipped);
            return null;
        });
    }

    /** Every showing text or button smaller than it needs to be to show all of its text. */
    static void collectClipped(Container root, String screen, List<String> out) {
        for (Component c : root.getComponents()) {
            if (!c.isShowing()) {
                continue;
            }
            Dimension size = c.getSize();
            Dimension wanted = c.getPreferredSize();
            boolean text = c instanceof AbstractButton || c instanceof JLabel;
            if (c instanceof WrappingLabel && size.height < wanted.height) {
                out.add(screen + ": " + c.getName() + " needs " + wanted.height + " px high, has " + size.height);
            } else if (text && (size.width < wanted.width || size.height < wanted.height)) {
                out.add(screen + ": " + c.getName() + " " + ((JComponent) c).getClass().getSimpleName()
                        + " needs " + wanted.width + "x" + wanted.height + ", has " + size.width + "x" + size.height);
            }
            if (c instanceof Container inner) {
                collectClipped(inner, screen, out);
            }
        }
    }
}
