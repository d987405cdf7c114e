package org.concord.app.ui.researcher;

import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.swing.Timer;

/**
 * Locks the researcher view after a time without use: any key, mouse click, movement or wheel in the app counts as
 * use. The time counts only while {@code armed} holds (the researcher view is showing); when it becomes armed again
 * (back from the kiosk, unlocked) the time starts afresh. Runs on the event thread.
 */
public final class IdleLock {
    private static final long EVENTS = AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK
            | AWTEvent.MOUSE_MOTION_EVENT_MASK | AWTEvent.MOUSE_WHEEL_EVENT_MASK;

    private final BooleanSupplier armed;
    private final Runnable lock;
    private final AWTEventListener used = event -> touch();
    private final Timer timer;
    private Duration idle;
    private long lastUse = System.nanoTime();

    /** Runs {@code lock} once {@code idle} has passed without use while {@code armed}; call {@link #start}. */
    public IdleLock(Duration idle, BooleanSupplier armed, Runnable lock) {
        this.armed = armed;
        this.lock = lock;
        timer = new Timer(1000, e -> check());
        setIdle(idle);
    }

    /** Starts watching. */
    public void start() {
        Toolkit.getDefaultToolkit().addAWTEventListener(used, EVENTS);
        timer.start();
    }

    /** Stops watching for good. */
    public void stop() {
        timer.stop();
        Toolkit.getDefaultToolkit().removeAWTEventListener(used);
    }

    /** Changes the time without use before the view locks. */
    public void setIdle(Duration newIdle) {
        idle = newIdle;
        // Check often enough that a short time (set by a test) is kept to within a quarter.
        timer.setDelay((int) Math.max(100, Math.min(1000, newIdle.toMillis() / 4)));
        touch();
    }

    /** Counts now as use. */
    public void touch() {
        lastUse = System.nanoTime();
    }

    private void check() {
        if (!armed.getAsBoolean()) {
            touch();
            return;
        }
        if (System.nanoTime() - lastUse >= idle.toNanos()) {
            touch();
            lock.run();
        }
    }
}
