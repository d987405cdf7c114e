package org.concord.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.concord.common.InputException;

/**
 * Creates and upgrades Concord's schema on a PostgreSQL server, its two roles and their rights, and checks the schema
 * before anything else uses it. Upgrades run forward only, in one transaction, under an advisory lock so that two
 * {@code init}s cannot interleave; a server whose schema is newer than this build knows is refused, untouched.
 */
public final class ServerSchema {
    /** The group role of fieldwork researchers: may send data, may not read answers. */
    public static final String FIELDWORK_ROLE = "concord_fieldwork";
    /** The group role of analysts: reads everything. */
    public static final String ANALYST_ROLE = "concord_analyst";
    /** The oldest PostgreSQL this schema runs on (15: {@code UNIQUE NULLS NOT DISTINCT}). */
    static final int MIN_SERVER_VERSION = 150000;
    private static final long LOCK_KEY = 0x436F6E63L; // "Conc"

    private ServerSchema() {
    }

    /**
     * What {@code init} did.
     *
     * @param fromVersion the schema version found (0 = none)
     * @param toVersion   the schema version now
     * @param serverId    the server's id (in the study files' ledgers)
     * @param grants      every GRANT (and REVOKE) statement run, as SQL
     */
    public record InitReport(int fromVersion, int toVersion, String serverId, List<String> grants) {
        public InitReport {
            grants = List.copyOf(grants);
        }
    }

    /** The facts about a checked server that the commands need. */
    public record ServerInfo(int version, String serverId) {
    }

    /**
     * Creates or upgrades the schema and grants the roles their rights; with user names, makes those users members
     * of the roles. Run by the database's owner.
     */
    public static InitReport init(Connection c, ServerAddress address, List<String> fieldworkUsers,
                                  List<String> analystUsers) {
        try {
            checkServerVersion(c, address);
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
                st.execute("CREATE SCHEMA IF NOT EXISTS concord");
                int from = versionOrZero(c);
                if (from > ServerMigrations.CURRENT_VERSION) {
                    throw newer(address, from);
                }
                for (int v = from; v < ServerMigrations.CURRENT_VERSION; v++) {
                    for (String sql : ServerMigrations.MIGRATIONS.get(v)) {
                        st.execute(sql);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE concord.schema_version SET version = ?, upgraded_at = now() WHERE version < ?")) {
                    ps.setInt(1, ServerMigrations.CURRENT_VERSION);
                    ps.setInt(2, ServerMigrations.CURRENT_VERSION);
                    ps.executeUpdate();
                }
                List<String> grants = grant(c, fieldworkUsers, analystUsers);
                String id = info(c, address).serverId();
                c.commit();
                return new InitReport(from, ServerMigrations.CURRENT_VERSION, id, grants);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw ServerErrors.of(address, "init", e);
        }
    }

    /** Checks that the server has this build's schema; returns its version and id or throws a clear message. */
    public static ServerInfo check(Connection c, ServerAddress address) {
        try {
            return info(c, address);
        } catch (SQLException e) {
            throw ServerErrors.of(address, "reading the server's schema version", e);
        }
    }

    private static ServerInfo info(Connection c, ServerAddress address) throws SQLException {
        boolean exists;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('concord.schema_version') IS NOT NULL")) {
            rs.next();
            exists = rs.getBoolean(1);
        }
        if (!exists) {
            throw InputException.ofFile(address.toString(), "the database has no Concord schema; run 'concord"
                    + " server init --db " + address + "' as the database's owner first");
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, server_id FROM concord.schema_version")) {
            if (!rs.next()) {
                throw InputException.ofFile(address.toString(), "Concord's schema is damaged (no version row);"
                        + " run 'concord server init' again");
            }
            int version = rs.getInt(1);
            if (version > ServerMigrations.CURRENT_VERSION) {
                throw newer(address, version);
            }
            if (version < ServerMigrations.CURRENT_VERSION) {
                throw InputException.ofFile(address.toString(), "the server has Concord schema " + version
                        + " and this Concord needs " + ServerMigrations.CURRENT_VERSION + "; the database's owner"
                        + " upgrades it with 'concord server init --db " + address + "'");
            }
            return new ServerInfo(version, rs.getString(2));
        }
    }

    private static int versionOrZero(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('concord.schema_version') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM concord.schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static InputException newer(ServerAddress address, int version) {
        return InputException.ofFile(address.toString(), "the server's Concord schema (version " + version
                + ") was made by a newer Concord; this one knows versions up to "
                + ServerMigrations.CURRENT_VERSION + ". Update Concord on this computer; the server was not changed");
    }

    private static void checkServerVersion(Connection c, ServerAddress address) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('server_version_num')::integer")) {
            rs.next();
            int version = rs.getInt(1);
            if (version < MIN_SERVER_VERSION) {
                throw InputException.ofFile(address.toString(), "the server runs PostgreSQL " + version / 10000
                        + "; Concord needs PostgreSQL 15 or newer");
            }
        }
    }

    /** Creates the roles when missing and grants their rights; returns the statements run. */
    private static List<String> grant(Connection c, List<String> fieldworkUsers, List<String> analystUsers)
            throws SQLException {
        List<String> done = new ArrayList<>();
        for (String role : List.of(FIELDWORK_ROLE, ANALYST_ROLE)) {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                ps.setString(1, role);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                run(c, done, "CREATE ROLE " + role + " NOLOGIN");
            }
        }
        run(c, done, "REVOKE ALL ON ALL TABLES IN SCHEMA concord FROM PUBLIC");
        run(c, done, "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA concord FROM PUBLIC");
        run(c, done, "REVOKE ALL ON SCHEMA concord FROM PUBLIC");
        run(c, done, "GRANT USAGE ON SCHEMA concord TO " + FIELDWORK_ROLE + ", " + ANALYST_ROLE);
        run(c, done, "GRANT SELECT ON concord.schema_version TO " + FIELDWORK_ROLE + ", " + ANALYST_ROLE);
        for (String f : ServerMigrations.FIELDWORK_FUNCTIONS) {
            run(c, done, "GRANT EXECUTE ON FUNCTION " + f + " TO " + FIELDWORK_ROLE);
        }
        for (String f : ServerMigrations.STATUS_FUNCTIONS) {
            run(c, done, "GRANT EXECUTE ON FUNCTION " + f + " TO " + FIELDWORK_ROLE + ", " + ANALYST_ROLE);
        }
        run(c, done, "GRANT SELECT ON ALL TABLES IN SCHEMA concord TO " + ANALYST_ROLE);
        for (String user : fieldworkUsers) {
            run(c, done, grantRole(c, FIELDWORK_ROLE, user));
        }
        for (String user : analystUsers) {
            run(c, done, grantRole(c, ANALYST_ROLE, user));
        }
        return done;
    }

    /** {@code GRANT role TO user} with the user name quoted by the server ({@code format('%I')}), never pasted. */
    private static String grantRole(Connection c, String role, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT format('GRANT %I TO %I', ?, ?),"
                + " EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)")) {
            ps.setString(1, role);
            ps.setString(2, user);
            ps.setString(3, user);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(2)) {
                    throw new InputException(org.concord.common.Problem.ofFile(null, "there is no user " + user
                            + " on the server; create it first (e.g. createuser --pwprompt " + user + ")"));
                }
                return rs.getString(1);
            }
        }
    }

    private static void run(Connection c, List<String> done, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
        done.add(sql);
    }
}
