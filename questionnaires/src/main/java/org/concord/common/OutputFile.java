package org.concord.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * The one way Concord writes an output file: an existing file is refused unless the user forces it, and the content is
 * written to a temporary file in the same folder ({@code .NAME.RANDOM.part}), flushed to disk and renamed into place
 * in one atomic step, so that a crash or a kill never leaves half a file under the real name.
 */
public final class OutputFile {
    /** What writes the content, given the temporary file to write it to. */
    @FunctionalInterface
    public interface Content<T> {
        /** Writes the whole content to {@code temp} (which does not exist yet) and returns a result for the caller. */
        T writeTo(Path temp) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFile() {
    }

    /**
     * Every reason {@code target} cannot be written now: a folder, a folder that does not exist or is read-only, or a
     * file that exists when {@code force} is false. Empty when it can be written.
     */
    public static List<Problem> problems(Path target, boolean force) {
        List<Problem> problems = new ArrayList<>();
        String name = target.toString();
        Path folder = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            problems.add(Problem.ofFile(name, "is a folder; give the name of the file to write"));
        } else if (folder == null || !Files.isDirectory(folder)) {
            problems.add(Problem.ofFile(name, "cannot be written: the folder " + folder + " does not exist; create"
                    + " it or choose another place"));
        } else if (!Files.isWritable(folder)) {
            problems.add(Problem.ofFile(name, "cannot be written: the folder " + folder + " is read-only; choose a"
                    + " folder you can write to"));
        } else if (!force && Files.exists(target)) {
            problems.add(Problem.ofFile(name, "already exists; choose another name, or add --force to replace it"));
        }
        return problems;
    }

    /**
     * As {@link #problems(Path, boolean)}, and also refuses a {@code target} that is one of the command's
     * {@code inputs} (which {@code --force} would otherwise replace).
     */
    public static List<Problem> problems(Path target, boolean force, Collection<Path> inputs) {
        List<Problem> problems = problems(target, force);
        Path real = real(target);
        for (Path input : inputs) {
            if (input != null && real.equals(real(input))) {
                problems.add(Problem.ofFile(target.toString(), "is also an input of this command; write the output"
                        + " to another file"));
                break;
            }
        }
        return problems;
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** Throws {@link InputException} with every reason {@code target} cannot be written; see {@link #problems}. */
    public static void check(Path target, boolean force) {
        List<Problem> problems = problems(target, force);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /**
     * Writes {@code target} after {@link #check}ing it: through {@link #replace}, with a failure to write reported as
     * an {@link InputException} naming {@code target}.
     *
     * @param force   replace an existing file; without it an existing file is refused and left alone
     * @param content writes the content to the temporary file
     * @return what {@code content} returned
     */
    public static <T> T write(Path target, boolean force, Content<T> content) {
        check(target, force);
        try {
            return replace(target, content);
        } catch (IOException e) {
            throw failure(target, e);
        } catch (UncheckedIOException e) {
            throw failure(target, e.getCause());
        }
    }

    /**
     * Writes {@code target} through a temporary file in its folder, which is flushed to disk and renamed into place
     * (replacing {@code target} if it exists); the temporary file is deleted when anything fails.
     */
    public static <T> T replace(Path target, Content<T> content) throws IOException {
        Path temp = temporary(target);
        try {
            T result = content.writeTo(temp);
            sync(temp);
            move(temp, target);
            return result;
        } finally {
            deleteQuietly(temp);
        }
    }

    /** A temporary name next to {@code target}: hidden, unique, and recognisable as Concord's. */
    public static Path temporary(Path target) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "." + HexFormat.of().formatHex(bytes)
                + ".part");
    }

    /** Renames {@code temp} to {@code target} in one step, replacing {@code target} if it exists. */
    public static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on unusual file systems; replacing is then the best there is.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The message for a write that failed, naming the file and saying what to check. */
    public static InputException failure(Path target, IOException e) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "its folder does not exist"
                : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        return InputException.ofFile(target.toString(), "could not be written (" + why + "); check that the folder"
                + " is writable, the disk has space and the file is not open in another program");
    }

    private static void sync(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the failure that brought us here is the one to report
        }
    }
}
