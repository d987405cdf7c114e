package org.concord.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.AWTException;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JViewport;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.concord.app.base.GuiWait;

/** Helpers shared by the GUI tests: waiting for background work, screenshots and the clipped-text check. */
public final class GuiTestSupport {
    /** The window size of the GUI tests (the Xvfb screen is 1600x1000). */
    public static final Dimension WINDOW = new Dimension(1360, 850);

    /** Where screenshots go (the module's target folder; Surefire runs in the module folder). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private GuiTestSupport() {
    }

    /** Waits (up to 20 s) until {@code condition}, evaluated on the event thread, holds. */
    public static void waitUntil(String description, BooleanSupplier condition) {
        try {
            Pause.pause(new Condition(description) {
                @Override
                public boolean test() {
                    return GuiActionRunner.execute(condition::getAsBoolean);
                }
            }, Timeout.timeout(30_000));
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            throw new org.assertj.swing.exception.WaitTimedOutError(e.getMessage() + "; windows: " + windows());
        }
    }

    /**
     * Clicks the button {@code button} of {@code window} until the panel {@code screen} shows. Only for buttons that
     * open a screen: while the screen has not appeared, the click did nothing, and clicking again is harmless.
     */
    public static void openScreen(org.assertj.swing.fixture.FrameFixture window, String button, String screen) {
        org.concord.app.base.GuiWait.clickUntil("the screen " + screen, () -> {
            if (GuiActionRunner.execute(() -> named(window.target(), screen) == null)) {
                window.button(button).click();
            }
        }, () -> {
            Component shown = named(window.target(), screen);
            return shown != null && shown.isShowing() ? screen : "not yet; focus in " + focusOwner();
        }, screen::equals);
    }

    /** The component called {@code name} under {@code root}, or null. Call on the event thread. */
    public static Component named(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container container) {
                Component found = named(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String focusOwner() {
        Component owner = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return owner == null ? "no component" : owner.getClass().getSimpleName() + " " + owner.getName();
    }

    /** The showing dialog called {@code name}, waited for up to 30 s; on time-out the message lists every window. */
    public static org.assertj.swing.fixture.DialogFixture dialog(org.assertj.swing.core.Robot robot, String name) {
        try {
            return org.assertj.swing.finder.WindowFinder.findDialog(name).withTimeout(30_000).using(robot);
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            throw new org.assertj.swing.exception.WaitTimedOutError(e.getMessage() + "; windows: " + windows());
        }
    }

    /** The showing frame called {@code name}, waited for up to 30 s; on time-out the message lists every window. */
    public static org.assertj.swing.fixture.FrameFixture frame(org.assertj.swing.core.Robot robot, String name) {
        try {
            return org.assertj.swing.finder.WindowFinder.findFrame(name).withTimeout(30_000).using(robot);
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            throw new org.assertj.swing.exception.WaitTimedOutError(e.getMessage() + "; windows: " + windows());
        }
    }

    /** Every window with its name, title, whether it shows and has the focus: what a timed-out wait saw. */
    public static String windows() {
        return GuiActionRunner.execute(() -> {
            StringBuilder all = new StringBuilder();
            for (Window w : Window.getWindows()) {
                all.append("\n  ").append(w.getClass().getSimpleName()).append(" '").append(w.getName()).append("'")
                        .append(w instanceof java.awt.Dialog d ? " \"" + d.getTitle() + "\"" : "")
                        .append(w instanceof java.awt.Frame f ? " \"" + f.getTitle() + "\"" : "")
                        .append(w.isShowing() ? " showing" : "").append(w.isDisplayable() ? " displayable" : "")
                        .append(w.isFocused() ? " focused" : "");
            }
            return all.toString();
        });
    }

    /**
     * Brings {@code window} to the front and waits until it has the keyboard focus. Xvfb runs without a window manager,
     * so a newly shown dialog is not always given the focus the way a desktop would give it.
     */
    public static void activate(Window window) {
        Pause.pause(new Condition("window focused") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> {
                    if (!window.isFocused()) {
                        window.toFront();
                        window.requestFocus();
                    }
                    return window.isFocused();
                });
            }
        }, Timeout.timeout(30_000));
    }

    /**
     * Chooses {@code file} in the file chooser called {@code fileChooser} and approves it, then waits until the chooser
     * has closed. The chooser lists a folder on a background thread and may reset its selection when that listing
     * arrives, so the absolute path is typed into the file name field, which is what the approve button reads.
     */
    public static void chooseFile(org.assertj.swing.core.Robot robot, java.io.File file) {
        org.assertj.swing.fixture.JFileChooserFixture chooser = org.assertj.swing.finder.JFileChooserFinder
                .findFileChooser("fileChooser").withTimeout(30_000).using(robot);
        javax.swing.JFileChooser target = chooser.target();
        chooser.setCurrentDirectory(file.getAbsoluteFile().getParentFile());
        chooser.fileNameTextBox().setText(file.getAbsolutePath());
        GuiWait.press(chooser.approveButton().target()); // a dialog's button: see GuiWait.press
        waitUntil("file chooser closed", () -> !target.isShowing());
    }

    /** Presses Ctrl and {@code key} together, as a researcher would for a menu shortcut. */
    public static void pressShortcut(org.assertj.swing.core.Robot robot, int key) {
        robot.pressKey(java.awt.event.KeyEvent.VK_CONTROL);
        try {
            robot.pressAndReleaseKeys(key);
        } finally {
            robot.releaseKey(java.awt.event.KeyEvent.VK_CONTROL);
        }
    }

    /** The component called {@code name} under {@code root}, showing or not. */
    public static <T extends Component> T find(org.assertj.swing.core.Robot robot, Container root, String name,
                                               Class<T> type) {
        return robot.finder().findByName(root, name, type, false);
    }

    /** Saves a screenshot of {@code window} as {@code target/screenshots/<name>.png}. */
    public static Path screenshot(Window window, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Rectangle bounds = GuiActionRunner.execute(() -> {
                window.toFront();
                return window.getBounds();
            });
            // Let the repaint after the last change reach the screen before capturing it.
            Pause.pause(250);
            BufferedImage image = new java.awt.Robot().createScreenCapture(bounds);
            Path file = SCREENSHOTS.resolve(name + ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (AWTException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the whole of {@code screen} (also the part scrolled out of view) as {@code <name>-full.png}. */
    public static Path screenshotWhole(javax.swing.JComponent screen, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            BufferedImage image = GuiActionRunner.execute(() -> {
                BufferedImage canvas = new BufferedImage(Math.max(1, screen.getWidth()), Math.max(1, screen.getHeight()),
                        BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = canvas.createGraphics();
                screen.printAll(g);
                g.dispose();
                return canvas;
            });
            Path file = SCREENSHOTS.resolve(name + "-full.png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every showing label, button and text field under {@code root} whose text does not fit its size (narrower or
     * lower than its preferred size), as "name: text" lines. Components inside a scroll pane are measured against
     * their own size only when the viewport shows them whole.
     */
    public static List<String> clippedTexts(Container root) {
        return GuiActionRunner.execute(() -> {
            List<String> clipped = new ArrayList<>();
            collectClipped(root, clipped);
            return clipped;
        });
    }

    private static void collectClipped(Component component, List<String> clipped) {
        if (!component.isShowing()) {
            return;
        }
        String text = null;
        if (component instanceof JLabel label) {
            text = label.getText();
        } else if (component instanceof AbstractButton button) {
            text = button.getText();
        } else if (component instanceof JTextComponent field && !(component.getParent() instanceof JViewport)) {
            text = field.getText().isEmpty() ? " " : field.getText();
        }
        if (text != null && !text.isEmpty()) {
            Dimension preferred = component.getPreferredSize();
            boolean html = text.startsWith("<html>");
            // A text field scrolls its text, so only its height must fit.
            boolean narrow = !html && !(component instanceof JTextComponent) && component.getWidth() < preferred.width;
            boolean low = component.getHeight() < preferred.height;
            // Cut off at the side by the window or a scroll pane (scrolled out of view vertically is fine).
            Rectangle visible = ((javax.swing.JComponent) component).getVisibleRect();
            boolean cut = visible.height > 0 && visible.width < component.getWidth();
            if (narrow || low || cut) {
                clipped.add(component.getName() + " [" + component.getClass().getSimpleName() + "] '" + text
                        + "' " + component.getWidth() + "x" + component.getHeight() + " < " + preferred.width + "x"
                        + preferred.height);
            }
        }
        if (component instanceof javax.swing.JTable table && table.getTableHeader() != null) {
            for (int i = 0; i < table.getColumnCount(); i++) {
                javax.swing.table.TableColumn column = table.getColumnModel().getColumn(i);
                int needed = table.getTableHeader().getDefaultRenderer().getTableCellRendererComponent(table,
                        column.getHeaderValue(), false, false, -1, i).getPreferredSize().width;
                if (column.getWidth() < needed) {
                    clipped.add(table.getName() + " header '" + column.getHeaderValue() + "' " + column.getWidth()
                            + " < " + needed);
                }
            }
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                collectClipped(child, clipped);
            }
        }
    }

    /** Fails when any text under {@code root} is clipped. */
    public static void assertNothingClipped(Container root, String where) {
        assertThat(clippedTexts(root)).as("clipped texts on %s", where).isEmpty();
    }
}
