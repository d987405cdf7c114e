package org.concord.study;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.sqlite.SQLiteConfig;

/**
 * Copies a study's write-ahead log back into the database file (a checkpoint) on a daemon thread with its own
 * connection, so that no save waits for one: the writer runs with {@code wal_autocheckpoint=0}. A save only commits
 * to the WAL (synced, {@code synchronous=FULL}), which is what makes it durable; checkpoints are SQLite's own
 * crash-safe copy and change nothing about durability.
 *
 * <p>The thread runs a PASSIVE checkpoint after every {@link #WRITES_PER_CHECKPOINT} writes and at least every
 * {@link #IDLE_MILLIS} ms. A passive checkpoint never blocks the writer, but under back-to-back saves it may never
 * catch up with the end of the log, and SQLite only starts the log over once everything in it has been copied. So when
 * the log passes {@link #CATCH_UP_FRAMES} frames, one more checkpoint runs while holding the study's monitor (no save
 * in progress): it copies only what was written since the previous one, and the next save starts the log over. On
 * close the log is checkpointed and truncated to zero bytes.
 */
final class WalCheckpointer implements AutoCloseable {
    /** Writes after which a checkpoint is started without waiting for the idle timer. */
    static final int WRITES_PER_CHECKPOINT = 200;
    /** The longest time between two checkpoints while the study is open. */
    static final long IDLE_MILLIS = 1_000;
    /**
     * Log size (frames of one page) above which a checkpoint holds off saves for a moment to let the log restart:
     * SQLite's own auto-checkpoint size. A log reused from its start costs less to sync than one that keeps growing.
     */
    static final int CATCH_UP_FRAMES = 1_000;
    /** How long the final TRUNCATE checkpoint waits for readers in other programs before leaving the log as it is. */
    private static final int CLOSE_BUSY_MILLIS = 2_000;
    /** Tests lower these to reach the limits with few saves; read when a checkpointer starts. */
    static volatile int writesPerCheckpointForTests = WRITES_PER_CHECKPOINT;
    static volatile int catchUpFramesForTests = CATCH_UP_FRAMES;

    private final Connection conn;
    private final Object writerMonitor;
    private final AtomicInteger writes = new AtomicInteger();
    private final Thread thread;
    private volatile boolean stopping;
    private final int writesPerCheckpoint = writesPerCheckpointForTests;
    private final int catchUpFrames = catchUpFramesForTests;
    private volatile long[] last = {0, 0, 0};
    private volatile long completed;
    private long nextCatchUpAt = catchUpFrames;

    private WalCheckpointer(Connection conn, Object writerMonitor, Path file) {
        this.conn = conn;
        this.writerMonitor = writerMonitor;
        this.thread = new Thread(this::run, "concord-wal-checkpoint " + file.getFileName());
        thread.setDaemon(true);
    }

    /**
     * Opens the checkpointer's connection to {@code file} and starts its thread; {@code writerMonitor} is held by
     * every write of the study.
     */
    static WalCheckpointer start(Path file, Object writerMonitor) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        // The checkpoint syncs the log before copying and the database before marking the copy done.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(CLOSE_BUSY_MILLIS);
        Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        WalCheckpointer checkpointer = new WalCheckpointer(c, writerMonitor, file);
        checkpointer.thread.start();
        return checkpointer;
    }

    /** Called after each committed write: wakes the thread every {@link #WRITES_PER_CHECKPOINT} writes. */
    void written() {
        if (writes.incrementAndGet() == writesPerCheckpoint) {
            LockSupport.unpark(thread);
        }
    }

    /** The result of the latest checkpoint: busy (0/1), frames in the log, frames copied (for tests). */
    long[] lastResult() {
        return last.clone();
    }

    /** How many checkpoints have run (for tests). */
    long completed() {
        return completed;
    }

    private void run() {
        while (!stopping) {
            if (writes.get() < writesPerCheckpoint) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS));
            }
            if (stopping) {
                break;
            }
            writes.set(0);
            try {
                long[] result = checkpoint("PASSIVE");
                // Even when this one copied everything it saw, saves committed meanwhile keep the log from restarting.
                if (result[1] >= nextCatchUpAt) {
                    synchronized (writerMonitor) {
                        if (stopping) {
                            break;
                        }
                        result = checkpoint("PASSIVE");
                    }
                }
                // A reader of another program may pin the log; try again only once it has grown further.
                nextCatchUpAt = result[2] < result[1] ? result[1] + catchUpFrames : catchUpFrames;
            } catch (SQLException e) {
                // A failed checkpoint loses nothing (the log still holds every commit); the next one retries.
            }
        }
    }

    private long[] checkpoint(String mode) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(" + mode
                + ")")) {
            rs.next();
            long[] result = {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            last = result;
            completed++; // only the checkpoint thread runs checkpoints until close
            return result;
        }
    }

    /** Stops the thread, checkpoints the whole log and truncates it, and closes the connection. */
    @Override
    public void close() {
        stopping = true;
        LockSupport.unpark(thread);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        try {
            checkpoint("TRUNCATE");
        } catch (SQLException e) {
            // Another program is reading: the log stays until the next checkpoint; nothing is lost.
        } finally {
            try {
                conn.close();
            } catch (SQLException e) {
                // nothing to do
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
