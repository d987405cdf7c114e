package org.concord.study.export.wide;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a new file through a temporary file in the same folder, published under its name only when complete and
 * only when no file of that name exists: an export never overwrites a file and never leaves half a file.
 */
public final class NewFile {
    private NewFile() {
    }

    /** Something that writes a whole file to a channel. */
    @FunctionalInterface
    public interface Content {
        /** Writes the file. */
        void write(FileChannel channel) throws IOException;
    }

    /**
     * Writes {@code out}.
     *
     * @throws FileAlreadyExistsException when {@code out} exists (before or after writing); nothing is changed
     */
    public static void write(Path out, Content content) throws IOException {
        if (Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(out.toString());
        }
        Path dir = out.toAbsolutePath().getParent();
        // createFile (not createTempFile, which makes the file private): the export gets the usual permissions
        Path temp = Files.createFile(dir.resolve("." + out.getFileName() + "." + Long.toUnsignedString(
                new java.security.SecureRandom().nextLong(), 36) + ".part"));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                content.write(channel);
                channel.force(false);
            }
            publish(temp, out);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Gives {@code temp} the name {@code out} unless that name exists: a hard link fails rather than replace. */
    private static void publish(Path temp, Path out) throws IOException {
        try {
            Files.createLink(out, temp);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            if (e instanceof FileAlreadyExistsException) {
                throw e;
            }
            Files.move(temp, out); // no hard links here: a move without REPLACE_EXISTING also refuses an existing file
        }
    }
}
