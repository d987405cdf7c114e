package org.concord.server;

import java.io.Console;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;
import org.concord.common.InputException;

/**
 * Opens connections to a Concord server with the password from {@code PGPASSWORD}, the password file or, when the
 * server asks for one that was not found, a prompt on the terminal; and turns the driver's failures into messages
 * that say what to do.
 */
public final class ServerConnection {
    /** Seconds to wait for the server to answer a connection or a read before giving up on it. */
    static final int TIMEOUT_SECONDS = 15;
    static final int READ_TIMEOUT_SECONDS = 600;

    private final ServerAddress address;
    private final Supplier<char[]> prompt;
    private final List<String> notes;
    private char[] password;

    private ServerConnection(ServerAddress address, char[] password, Supplier<char[]> prompt, List<String> notes) {
        this.address = address;
        this.password = password;
        this.prompt = prompt;
        this.notes = List.copyOf(notes);
    }

    /** Connects as the environment says ({@code PGPASSWORD}, {@code PGPASSFILE}, {@code ~/.pgpass}, a prompt). */
    public static ServerConnection of(ServerAddress address) {
        return of(address, System.getenv(), Path.of(System.getProperty("user.home")), ServerConnection::prompt);
    }

    /** Connects with this environment, home folder and password prompt (returns null when it cannot ask). */
    public static ServerConnection of(ServerAddress address, Map<String, String> env, Path home,
                                      java.util.function.Function<ServerAddress, char[]> prompt) {
        List<String> notes = new ArrayList<>();
        char[] found = Passwords.find(address, env, home, notes);
        return new ServerConnection(address, found, () -> prompt.apply(address), notes);
    }

    /** The server's address. */
    public ServerAddress address() {
        return address;
    }

    /**
     * A new connection; throws {@link InputException} with a clear message when the server cannot be reached, the
     * database does not exist or the password is refused.
     */
    public Connection open() {
        try {
            return connect();
        } catch (SQLException e) {
            if (password == null && needsPassword(e)) {
                char[] typed = prompt.get();
                if (typed == null) {
                    throw problem("the server asks for a password and none was found: set PGPASSWORD, add a line "
                            + address.host() + ":" + address.port() + ":" + address.database() + ":"
                            + address.user() + ":PASSWORD to ~/.pgpass (chmod 600), or run this in a terminal to"
                            + " type it" + notes());
                }
                password = typed;
                try {
                    return connect();
                } catch (SQLException again) {
                    throw failure(again);
                }
            }
            throw failure(e);
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", address.user());
        if (password != null) {
            props.setProperty("password", new String(password));
        }
        props.setProperty("ApplicationName", "concord");
        props.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        props.setProperty("socketTimeout", Integer.toString(READ_TIMEOUT_SECONDS));
        props.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(address.jdbcUrl(), props);
    }

    private static boolean needsPassword(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return "08004".equals(e.getSQLState()) && message.contains("no password was provided");
    }

    /** The driver's failure to connect as a message for a person. */
    private InputException failure(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String message = ServerErrors.text(e);
        if (state.equals("28P01") || state.equals("28000")) {
            return problem("the server refused user " + address.user() + " (" + message + "): check the password"
                    + " in PGPASSWORD or ~/.pgpass, or ask the server's administrator for access" + notes());
        }
        if (state.equals("3D000")) {
            return problem("the database " + address.database() + " does not exist on the server; create it (e.g."
                    + " createdb " + address.database() + ") or correct the address");
        }
        String tls = tlsProblem(message);
        if (tls != null) {
            return problem(tls);
        }
        if (state.startsWith("08")) {
            return problem("could not connect (" + message + "): check the address, that the server is running and"
                    + " that this computer can reach it (network, firewall, VPN)");
        }
        return problem("could not connect: " + message);
    }

    /** What a failed TLS connection means and what to do, or null when the failure is not about TLS. */
    private String tlsProblem(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        String mode = address.parameters().getOrDefault("sslmode", "prefer");
        String root = address.parameters().getOrDefault("sslrootcert", "~/.postgresql/root.crt");
        if (lower.contains("hostnameverifier") || lower.contains("could not be verified")) {
            return "the server's TLS certificate is not for the host " + address.host() + " as written in the address"
                    + " (sslmode=" + mode + " checks the name): write the host name the certificate was made for (as"
                    + " in its subject alternative names), or ask the server's administrator for a certificate that"
                    + " names " + address.host() + "; do not weaken sslmode to get past this";
        }
        if (lower.contains("pkix") || lower.contains("certification path") || lower.contains("certificate")
                && (lower.contains("unknown") || lower.contains("untrusted") || lower.contains("signature"))) {
            return "the server's TLS certificate is not signed by the certificate authority in " + root + " (sslmode="
                    + mode + "): give the CA certificate of the server with sslrootcert=FILE in the address or"
                    + " PGSSLROOTCERT=FILE";
        }
        if (lower.contains("root certificate file") || lower.contains("could not open ssl")) {
            return "the certificate authority file " + root + " could not be read (sslmode=" + mode + "): give the"
                    + " CA certificate of the server with sslrootcert=FILE in the address or PGSSLROOTCERT=FILE";
        }
        if (lower.contains("does not support ssl")) {
            return "the server does not offer TLS and sslmode=" + mode + " requires it: the server's administrator"
                    + " turns on ssl in postgresql.conf (with its certificate and key)";
        }
        return null;
    }

    private String notes() {
        return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
    }

    private InputException problem(String message) {
        return InputException.ofFile(address.toString(), message);
    }

    private static char[] prompt(ServerAddress address) {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        char[] typed = console.readPassword("Password for %s: ", address);
        return typed == null || typed.length == 0 ? null : typed;
    }

    /** Forgets the password (a long-running program calls this when it no longer needs new connections). */
    public void forget() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }
}
