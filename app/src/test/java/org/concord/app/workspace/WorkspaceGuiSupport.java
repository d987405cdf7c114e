package org.concord.app.workspace;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.assertj.swing.edt.GuiActionRunner;
import org.concord.app.base.GuiWait;

/** Helpers of the workspace GUI tests: waiting for the window, and screenshots for a person to look at. */
final class WorkspaceGuiSupport {
    static final Path SHOTS = Path.of("target", "screenshots");

    private WorkspaceGuiSupport() {
    }

    /** Waits (up to {@code seconds}) until {@code check}, evaluated on the event thread, is true. */
    static void waitFor(String description, int seconds, Callable<Boolean> check) {
        GuiWait.until(description, check, Boolean.TRUE::equals, seconds * 1000L);
    }

    /** Saves a screenshot of the screen area of {@code bounds} as {@code target/screenshots/<name>.png}. */
    static void shoot(String name, Rectangle bounds) throws Exception {
        Files.createDirectories(SHOTS);
        // Let pending repaints land before the capture.
        GuiActionRunner.execute(() -> null);
        Thread.sleep(150);
        BufferedImage image = new java.awt.Robot().createScreenCapture(bounds);
        ImageIO.write(image, "png", new File(SHOTS.toFile(), name + ".png"));
    }
}
