package org.concord.stats.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An input file as the user named it, with the SHA-256 of its bytes (recorded in the Method sheet and the JSON).
 *
 * @param role   what it is: {@code responses}, {@code study}, {@code rates} or {@code form}
 * @param name   the path as given on the command line
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 */
public record InputFile(String role, String name, String sha256) {

    /** Describes a file, hashing its bytes; a folder (a CSV form) hashes its files in name order. */
    public static InputFile of(String role, Path path) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(path)) {
                try (var files = Files.list(path)) {
                    for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                        digest.update(p.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        update(digest, p);
                    }
                }
            } else {
                update(digest, path);
            }
            return new InputFile(role, path.toString(), HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
    }
}
