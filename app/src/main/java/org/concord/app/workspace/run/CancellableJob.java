package org.concord.app.workspace.run;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.concord.app.base.jobs.BackgroundJobs;

/**
 * One piece of workspace work on the app's background executor that the user can cancel: a flag the work polls, and
 * an interrupt for work that watches its thread instead (the power planner). The interrupt reaches only this job's
 * own run, never the next job on the shared thread.
 *
 * @param <T> what the work returns
 */
public final class CancellableJob<T> {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Thread runner;
    private boolean finished;

    /** Whether the user has asked this job to stop. */
    public boolean cancelled() {
        return cancelled.get();
    }

    /** Asks the job to stop; call on any thread. */
    public void cancel() {
        cancelled.set(true);
        synchronized (this) {
            if (runner != null && !finished) {
                runner.interrupt();
            }
        }
    }

    /**
     * Starts {@code work}; then on the event thread {@code onDone} with its result, {@code onCancelled} when it
     * stopped because it was cancelled, or {@code onError}.
     */
    public void start(Callable<T> work, Consumer<T> onDone, Runnable onCancelled, Consumer<Throwable> onError) {
        BackgroundJobs.run(() -> {
            synchronized (this) {
                runner = Thread.currentThread();
            }
            try {
                if (cancelled.get()) {
                    throw new CancellationException("cancelled before it started");
                }
                return work.call();
            } finally {
                synchronized (this) {
                    finished = true;
                    runner = null;
                }
                // Leave the shared thread as we found it: a late interrupt must not hit the next job.
                Thread.interrupted();
            }
        }, onDone, failure -> {
            if (failure instanceof CancellationException || cancelled.get()) {
                onCancelled.run();
            } else {
                onError.accept(failure);
            }
        });
    }
}
