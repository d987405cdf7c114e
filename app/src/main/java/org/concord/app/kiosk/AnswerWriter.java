package org.concord.app.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.concord.common.Logs;

/**
 * The kiosk's one background writer: every call to the study file runs here, in order, off the event thread. A call
 * that fails with an exception is retried with backoff until it succeeds (the participant sees a calm message
 * meanwhile), so a later answer is never written before an earlier one. An {@link Error} (out of memory, a broken
 * JVM) is not retried: the writer stops, runs nothing more, and reports it once. Results and status go back to the
 * event thread.
 */
public final class AnswerWriter {
    private static final long FIRST_RETRY_MS = 200;
    private static final long LONGEST_RETRY_MS = 3000;

    /** What the writer is doing, reported on the event thread. */
    public interface Listener {
        /**
         * Called on the event thread whenever the state changes.
         *
         * @param pending calls queued or running
         * @param failing true while the call at the head of the queue keeps failing and is being retried
         */
        void status(int pending, boolean failing);

        /** Called once on the event thread when a call failed with an {@link Error}; nothing more is written. */
        void stopped(Error error);
    }

    private final ExecutorService executor;
    private final Listener listener;
    // Touched on the event thread only.
    private int pending;
    private boolean failing;
    private final List<Runnable> whenIdle = new ArrayList<>();
    // Set on the writer thread: after an Error nothing more runs.
    private volatile Error stoppedBy;

    /** A writer reporting to {@code listener}. */
    public AnswerWriter(Listener listener) {
        this.listener = listener;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "concord-kiosk-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a call; call on the event thread. */
    public void write(Runnable call) {
        call(() -> {
            call.run();
            return null;
        }, ignored -> { });
    }

    /** Queues a call whose result is handed to {@code onResult} on the event thread; call on the event thread. */
    public <T> void call(Callable<T> call, Consumer<T> onResult) {
        pending++;
        listener.status(pending, failing);
        executor.execute(() -> {
            if (stoppedBy != null) {
                return;
            }
            T result;
            try {
                result = retrying(call);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Error e) {
                stoppedBy = e;
                Logs.error("kiosk: saving stopped after an error that is not retried", e);
                SwingUtilities.invokeLater(() -> listener.stopped(e));
                return;
            }
            SwingUtilities.invokeLater(() -> {
                pending--;
                failing = false;
                onResult.accept(result);
                listener.status(pending, failing);
                if (pending == 0) {
                    List<Runnable> ready = new ArrayList<>(whenIdle);
                    whenIdle.clear();
                    ready.forEach(Runnable::run);
                }
            });
        });
    }

    private <T> T retrying(Callable<T> call) throws InterruptedException {
        long wait = FIRST_RETRY_MS;
        while (true) {
            try {
                return call.call();
            } catch (Exception e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException();
                }
                Logs.warning("kiosk: saving failed, retrying in " + wait + " ms", e);
                SwingUtilities.invokeLater(() -> {
                    failing = true;
                    listener.status(pending, true);
                });
                Thread.sleep(wait);
                wait = Math.min(wait * 2, LONGEST_RETRY_MS);
            }
        }
    }

    /**
     * Runs {@code next} on the event thread once everything queued so far is durably written: at once when nothing is
     * pending, otherwise after the last pending call succeeds. Call on the event thread.
     */
    public void whenSaved(Runnable next) {
        if (pending == 0) {
            next.run();
        } else {
            whenIdle.add(next);
        }
    }

    /** The error that stopped the writer, or null while it works. */
    public Error stoppedBy() {
        return stoppedBy;
    }

    /** Calls queued or running. */
    public int pending() {
        return pending;
    }

    /** Accepts no more calls; what is queued is still written (and retried) before the thread ends. */
    public void shutdown() {
        whenIdle.clear();
        executor.shutdown();
    }

    /** Waits for the writer thread to end (tests and the researcher's exit). */
    public boolean awaitTermination(long millis) throws InterruptedException {
        return executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }
}
