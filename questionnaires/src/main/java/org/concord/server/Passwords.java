package org.concord.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the password for a server as libpq does, never from the command line: {@code PGPASSWORD}, else the password
 * file ({@code PGPASSFILE}, else {@code ~/.pgpass}: lines {@code host:port:database:user:password}, {@code *} matches
 * anything, {@code \:} and {@code \\} escape). A password file that others may read is ignored, as libpq ignores it.
 * The password is kept only in memory, for the connection.
 */
public final class Passwords {
    private Passwords() {
    }

    /** The password for {@code address} from the environment and the password file, or null when there is none. */
    public static char[] find(ServerAddress address, Map<String, String> env, Path home, List<String> notes) {
        String direct = env.get("PGPASSWORD");
        if (direct != null && !direct.isEmpty()) {
            return direct.toCharArray();
        }
        Path file = env.get("PGPASSFILE") != null && !env.get("PGPASSFILE").isEmpty() ? Path.of(env.get("PGPASSFILE"))
                : home == null ? null : home.resolve(".pgpass");
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                notes.add(file + " was ignored: others may read it; make it private with chmod 600 " + file);
                return null;
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: libpq does not check there either
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = fields(line);
                if (fields.size() < 5) {
                    continue;
                }
                if (matches(fields.get(0), address.host()) && matches(fields.get(1), Integer.toString(address.port()))
                        && matches(fields.get(2), address.database()) && matches(fields.get(3), address.user())) {
                    return fields.get(4).toCharArray();
                }
            }
        } catch (IOException e) {
            notes.add(file + " could not be read: " + e.getMessage());
        }
        return null;
    }

    private static boolean matches(String pattern, String value) {
        return "*".equals(pattern) || pattern.equals(value)
                || ("localhost".equals(pattern) && ("127.0.0.1".equals(value) || "::1".equals(value)));
    }

    /** The colon-separated fields of a password file line; the last field takes the rest of the line. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
