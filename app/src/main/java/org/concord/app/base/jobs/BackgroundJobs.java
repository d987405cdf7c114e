package org.concord.app.base.jobs;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * The app's one background executor. Work (study files, forms, exports) runs on a single worker thread, so the study
 * is used from one thread at a time; results and failures are handed back to the event thread.
 */
public final class BackgroundJobs {
    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "concord-background");
        thread.setDaemon(true);
        return thread;
    });
    private static final AtomicInteger RUNNING = new AtomicInteger();
    private static volatile Consumer<Boolean> busyListener = busy -> { };

    private BackgroundJobs() {
    }

    /** Runs {@code work} in the background, then {@code onDone} or {@code onError} on the event thread. */
    public static <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        if (RUNNING.getAndIncrement() == 0) {
            busyListener.accept(true);
        }
        EXECUTOR.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                SwingUtilities.invokeLater(() -> {
                    finished();
                    onError.accept(failure);
                });
                return;
            }
            T done = result;
            SwingUtilities.invokeLater(() -> {
                finished();
                onDone.accept(done);
            });
        });
    }

    private static void finished() {
        if (RUNNING.decrementAndGet() == 0) {
            busyListener.accept(false);
        }
    }

    /** Called on the event thread when background work starts ({@code true}) and when all of it has finished. */
    public static void onBusyChanged(Consumer<Boolean> listener) {
        busyListener = listener;
    }

    /** True while background work is queued or running. */
    public static boolean busy() {
        return RUNNING.get() > 0;
    }
}
