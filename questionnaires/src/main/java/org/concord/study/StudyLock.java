package org.concord.study;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.concord.common.InputException;

/**
 * The single-writer lock of a study: an operating-system lock on {@code <study>.lock}, whose text says who holds it.
 * The operating system releases the lock when its process dies, so a lock file left behind by a killed program is
 * stale by definition and is taken over; a live holder is reported as
 * {@code study.concord is in use by host/pid since time}. A separate file is used because POSIX locks on the database
 * file itself would be dropped whenever SQLite closes a descriptor of it.
 */
final class StudyLock implements AutoCloseable {
    private static volatile String hostName;

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final String previousHolder;

    private StudyLock(Path lockFile, FileChannel channel, FileLock lock, String previousHolder) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.previousHolder = previousHolder;
    }

    /** The lock file of a study. */
    static Path lockFileOf(Path study) {
        return study.resolveSibling(study.getFileName() + ".lock");
    }

    /** Takes the lock of {@code study} or throws {@link StudyInUseException} naming the live holder. */
    static StudyLock acquire(Path study) {
        Path lockFile = lockFileOf(study);
        // The holder deletes the lock file on close; retry when we locked a file that was deleted meanwhile.
        for (int attempt = 0; attempt < 20; attempt++) {
            Object keyBefore = fileKey(lockFile);
            FileChannel channel;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw InputException.ofFile(study.toString(), "cannot create the lock file " + lockFile + " ("
                        + e.getMessage() + "); the folder must be writable to open a study for writing");
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very program (another Study object)
            } catch (IOException e) {
                closeQuietly(channel);
                throw InputException.ofFile(study.toString(), "cannot lock " + lockFile + ": " + e.getMessage());
            }
            if (lock == null) {
                String holder = readHolder(channel);
                closeQuietly(channel);
                throw new StudyInUseException(study.getFileName() + " is in use by "
                        + (holder.isEmpty() ? "another program" : holder)
                        + "; close Concord there first (only one program may write to a study at a time)");
            }
            Object keyAfter = fileKey(lockFile);
            if (keyAfter == null || !Objects.equals(keyBefore, keyAfter)) {
                closeQuietly(channel); // the file we locked is not (or no longer) the one at the path
                continue;
            }
            String previous = readHolder(channel);
            try {
                String me = host() + "/" + ProcessHandle.current().pid() + " since "
                        + Instant.now().truncatedTo(ChronoUnit.SECONDS);
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(true);
            } catch (IOException e) {
                closeQuietly(channel);
                throw InputException.ofFile(study.toString(), "cannot write the lock file " + lockFile + ": "
                        + e.getMessage());
            }
            return new StudyLock(lockFile, channel, lock, previous.isEmpty() ? null : previous);
        }
        throw new StudyInUseException(study.getFileName() + " is being opened and closed by another program;"
                + " try again");
    }

    /** Who held the lock before us when it was stale (a program that was killed), or null. */
    String previousHolder() {
        return previousHolder;
    }

    /** Releases the lock and deletes the lock file (while still holding it, so no one can lock a deleted file). */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            // Harmless: the next opener finds the lock free and takes the file over.
        }
        try {
            lock.release();
        } catch (IOException e) {
            // Released anyway when the channel closes.
        }
        closeQuietly(channel);
    }

    /** This computer's name, as shown in the lock and in fieldwork sessions. */
    static String host() {
        String name = hostName;
        if (name == null) {
            name = System.getenv("HOSTNAME");
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                // keep the environment's name
            }
            if (name == null || name.isBlank()) {
                name = "unknown-host";
            }
            hostName = name;
        }
        return name;
    }

    private static String readHolder(FileChannel channel) {
        try {
            long size = Math.min(channel.size(), 1000);
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            channel.read(buffer, 0);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
