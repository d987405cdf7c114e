package org.concord.app.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Makes a test folder read-only even for root (permissions, then {@code chattr +i}) and writable again. */
public final class ReadOnlyFolders {
    private ReadOnlyFolders() {
    }

    /** Makes {@code folder} read-only; skips the test where that is impossible. */
    public static void lock(Path folder) throws Exception {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(folder)) {
            try {
                new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start().waitFor();
            } catch (IOException e) {
                // no chattr: the assumption below skips the test
            }
        }
        assumeTrue(!Files.isWritable(folder), "cannot make a read-only folder here (root without chattr +i)");
    }

    /** Makes {@code folder} writable again (so that the test's temporary folder can be deleted). */
    public static void unlock(Path folder) throws Exception {
        try {
            new ProcessBuilder("chattr", "-i", folder.toString()).redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            // no chattr: permissions alone were enough
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
