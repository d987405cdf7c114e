package org.concord.app.base;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.AWTException;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import org.assertj.swing.edt.GuiActionRunner;

/**
 * Waiting in GUI tests: a condition is read on the event thread until it holds or time runs out, and a time-out says
 * what was last seen. A click that may be lost (a robot click under Xvfb without a window manager, on a loaded
 * machine) is repeated only while its effect has not happened, so a repeat never does anything twice.
 */
public final class GuiWait {
    /** How long one wait lasts: long, as a PIN check (PBKDF2) on a loaded 2-core machine takes seconds. */
    public static final long TIMEOUT_MS = 90_000;
    private static final long CLICK_PATIENCE_MS = 4_000;

    private GuiWait() {
    }

    /** Waits until {@code ok} holds for what {@code observe} reads on the event thread; fails with the last value. */
    public static <T> T until(String what, Callable<T> observe, Predicate<T> ok) {
        return until(what, observe, ok, TIMEOUT_MS);
    }

    /** As {@link #until(String, Callable, Predicate)}, waiting up to {@code timeoutMs}. */
    public static <T> T until(String what, Callable<T> observe, Predicate<T> ok, long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        T seen = null;
        while (true) {
            seen = GuiActionRunner.execute(observe);
            if (ok.test(seen)) {
                return seen;
            }
            if (System.currentTimeMillis() > deadline) {
                throw timedOut("timed out after " + timeoutMs + " ms waiting for " + what + "; last seen: " + seen);
            }
            pause(50);
        }
    }

    /** Waits until {@code observe} reads {@code expected}. */
    public static <T> void equal(String what, Callable<T> observe, T expected) {
        until(what + " = " + expected, observe, seen -> Objects.equals(seen, expected));
    }

    /**
     * Clicks, then waits for the effect; while the effect has not happened the click is taken as lost and made again.
     * Use only where a click that did nothing leaves the screen as it was, so that clicking again is harmless.
     */
    public static <T> T clickUntil(String what, Runnable click, Callable<T> observe, Predicate<T> ok) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        T seen = null;
        int clicks = 0;
        while (System.currentTimeMillis() < deadline) {
            click.run();
            clicks++;
            long patience = System.currentTimeMillis() + CLICK_PATIENCE_MS;
            while (System.currentTimeMillis() < patience) {
                seen = GuiActionRunner.execute(observe);
                if (ok.test(seen)) {
                    return seen;
                }
                pause(50);
            }
        }
        throw timedOut("timed out after " + clicks + " clicks waiting for " + what + "; last seen: " + seen);
    }

    /**
     * Presses a button of a dialog on the event thread, as a click would. Without a window manager (Xvfb in the tests)
     * AWT can keep a decorated dialog's location as (0,0) while the X server shows it centred (a CI screenshot showed
     * the PIN dialog centred while its bounds said 0,0), so a robot click aims at the wrong place and lands on the
     * window below. Dialog buttons are therefore pressed here, or with the keyboard; main windows are clicked.
     */
    public static void press(AbstractButton button) {
        GuiActionRunner.execute(() -> {
            if (button.isShowing() && button.isEnabled()) {
                button.doClick();
            }
        });
    }

    /**
     * The failure of a wait, with what the screen showed: a screenshot in {@code target/gui-timeouts} and the windows
     * (name, bounds, showing, focused) in the message, so that a time-out on a CI machine can be understood afterwards.
     */
    private static AssertionError timedOut(String message) {
        StringBuilder text = new StringBuilder(message).append("; windows:");
        try {
            GuiActionRunner.execute(() -> {
                for (Window w : Window.getWindows()) {
                    if (w.isDisplayable()) {
                        text.append(" [").append(w.getName()).append(' ').append(w.getBounds())
                                .append(w.isShowing() ? " showing" : " hidden")
                                .append(w.isFocused() ? " focused" : "").append(']');
                    }
                }
            });
            if (!GraphicsEnvironment.isHeadless()) {
                Path folder = Files.createDirectories(Path.of("target", "gui-timeouts"));
                Path shot = folder.resolve(System.currentTimeMillis() + ".png");
                Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
                ImageIO.write(new Robot().createScreenCapture(screen), "png", shot.toFile());
                text.append("; screenshot ").append(shot.toAbsolutePath());
            }
        } catch (IOException | AWTException | RuntimeException e) {
            text.append("; (no screenshot: ").append(e).append(')');
        }
        return new AssertionError(text.toString());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
