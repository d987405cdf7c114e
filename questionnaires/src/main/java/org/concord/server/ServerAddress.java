package org.concord.server;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.common.InputException;

/**
 * Where a Concord server is: a PostgreSQL database given as {@code postgresql://user@host:port/db?sslmode=...} (as
 * libpq writes it) or as a JDBC URL {@code jdbc:postgresql://host:port/db?user=...}. A password in the address is
 * refused: it would be seen in the shell history and the process list.
 *
 * @param host       host name or address
 * @param port       TCP port
 * @param database   database name
 * @param user       user name
 * @param parameters connection parameters (e.g. {@code sslmode=verify-full}, {@code sslrootcert=FILE})
 */
public record ServerAddress(String host, int port, String database, String user, Map<String, String> parameters) {
    private static final Pattern URI = Pattern.compile(
            "(?:postgres|postgresql)://(?:([^@/?]*)@)?(\\[[^\\]]+\\]|[^:/?]*)(?::(\\d*))?(?:/([^?]*))?(?:\\?(.*))?");
    private static final Pattern JDBC = Pattern.compile(
            "jdbc:postgresql://(\\[[^\\]]+\\]|[^:/?]*)(?::(\\d*))?(?:/([^?]*))?(?:\\?(.*))?");
    /** libpq parameter names that the JDBC driver spells differently. */
    private static final Map<String, String> JDBC_NAMES = Map.of("connect_timeout", "connectTimeout",
            "application_name", "ApplicationName");

    public ServerAddress {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * libpq's environment variables for TLS and their connection parameters: used when the address does not give the
     * parameter itself, as libpq does ({@code PGSSLMODE=verify-full PGSSLROOTCERT=ca.crt}).
     */
    private static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");
    private static final Map<String, String> ENVIRONMENT = Map.of("PGSSLMODE", "sslmode",
            "PGSSLROOTCERT", "sslrootcert", "PGSSLCERT", "sslcert", "PGSSLKEY", "sslkey");

    /** Parses an address as given with {@code --db}; throws {@link InputException} naming what is wrong. */
    public static ServerAddress parse(String url) {
        return parse(url, System.getenv());
    }

    /**
     * Parses an address with the environment {@code env} ({@code PGUSER}, {@code PGSSLMODE}, {@code PGSSLROOTCERT},
     * {@code PGSSLCERT}, {@code PGSSLKEY} fill in what the address leaves out).
     */
    public static ServerAddress parse(String url, Map<String, String> env) {
        if (url == null || url.isBlank()) {
            throw bad(String.valueOf(url), "give the server as postgresql://user@host:port/database");
        }
        String text = url.trim();
        String userInfo;
        String host;
        String port;
        String db;
        String query;
        Matcher m = URI.matcher(text);
        Matcher j = JDBC.matcher(text);
        if (m.matches()) {
            userInfo = m.group(1);
            host = m.group(2);
            port = m.group(3);
            db = m.group(4);
            query = m.group(5);
        } else if (j.matches()) {
            userInfo = null;
            host = j.group(1);
            port = j.group(2);
            db = j.group(3);
            query = j.group(4);
        } else {
            throw bad(text, "is not a PostgreSQL address; write postgresql://user@host:port/database"
                    + " (or a JDBC URL jdbc:postgresql://host:port/database?user=NAME)");
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                params.put(JDBC_NAMES.getOrDefault(key, key), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        String user = params.remove("user");
        if (userInfo != null) {
            if (userInfo.contains(":")) {
                throw bad(redact(text), "holds a password; never put a password on the command line: set PGPASSWORD,"
                        + " add it to ~/.pgpass, or type it when asked");
            }
            user = decode(userInfo);
        }
        if (params.containsKey("password")) {
            throw bad(redact(text), "holds a password; never put a password on the command line: set PGPASSWORD,"
                    + " add it to ~/.pgpass, or type it when asked");
        }
        if (user == null || user.isEmpty()) {
            String named = env.get("PGUSER");
            user = named != null && !named.isEmpty() ? named : System.getProperty("user.name");
        }
        ENVIRONMENT.forEach((variable, parameter) -> {
            String value = env.get(variable);
            if (value != null && !value.isEmpty()) {
                params.putIfAbsent(parameter, value);
            }
        });
        if (params.containsKey("sslmode") && !SSL_MODES.contains(params.get("sslmode"))) {
            throw bad(text, "sslmode=" + params.get("sslmode") + " is not a TLS mode; use one of "
                    + String.join(", ", SSL_MODES) + " (verify-full checks the certificate and the host name)");
        }
        int portNumber = 5432;
        if (port != null && !port.isEmpty()) {
            try {
                portNumber = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                portNumber = -1;
            }
            if (portNumber < 1 || portNumber > 65535) {
                throw bad(text, "port " + port + " is not a TCP port (1-65535)");
            }
        }
        host = host == null || host.isEmpty() ? "localhost" : decode(host);
        db = db == null || db.isEmpty() ? user : decode(db);
        return new ServerAddress(host, portNumber, db, user, params);
    }

    /** The JDBC URL (without user or password, which go as connection properties). */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port).append('/')
                .append(URLEncoder.encode(database, StandardCharsets.UTF_8));
        char sep = '?';
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            url.append(sep).append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return url.toString();
    }

    /** The address for messages and the study's ledger: {@code postgresql://user@host:port/db} (no password). */
    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String redact(String url) {
        return url.replaceAll("(://[^:@/]*):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static InputException bad(String url, String message) {
        return InputException.ofFile("--db " + url, message);
    }
}
