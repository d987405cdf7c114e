package org.concord.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A private, real PostgreSQL cluster for tests: {@code initdb} in a temporary folder and {@code pg_ctl start} on a free
 * port of 127.0.0.1, with password (SCRAM) authentication. One cluster per test JVM, started on first use and stopped
 * (and its folder deleted) when the JVM exits, whether the tests passed or not. PostgreSQL refuses to run as root, so
 * under root (as in CI) its programs run as the user {@code postgres} (Debian's package creates it) via {@code runuser}.
 */
public final class PgCluster {
    /** The superuser that owns the test databases. */
    public static final String ADMIN = "concord_admin";
    /** The password of every user of the test cluster. */
    public static final String PASSWORD = "s3cret-Test-pw";
    private static PgCluster shared;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path bin;
    private final Path dir;
    private final int port;
    private final String runAs;

    private PgCluster(Path bin, Path dir, int port, String runAs) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.runAs = runAs;
    }

    /** The cluster of this JVM, started on first use. */
    public static synchronized PgCluster shared() throws Exception {
        if (shared == null) {
            shared = start();
            PgCluster cluster = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "pg-cluster-stop"));
        }
        return shared;
    }

    /**
     * A new cluster of its own (not the shared one) with TLS on, serving {@code certificate} with {@code key} (both
     * PEM, copied into the cluster's folder); the caller stops it with {@link #stop()}.
     */
    public static PgCluster startWithTls(Path certificate, Path key) throws Exception {
        PgCluster cluster = start(Map.of("server.crt", certificate, "server.key", key),
                dir -> " -c ssl=on -c ssl_cert_file=" + dir.resolve("server.crt") + " -c ssl_key_file="
                        + dir.resolve("server.key"));
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "pg-tls-cluster-stop"));
        return cluster;
    }

    private static PgCluster start() throws Exception {
        return start(Map.of(), dir -> "");
    }

    /** Starts a cluster with {@code files} copied into its folder (private to the server) and more settings. */
    private static PgCluster start(Map<String, Path> files, Function<Path, String> settings) throws Exception {
        Path bin = findBin();
        boolean root = "root".equals(System.getProperty("user.name"));
        String runAs = root ? "postgres" : null;
        Path dir = Files.createTempDirectory("concord-pg");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        if (runAs != null) {
            UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(runAs);
            Files.setOwner(dir, owner);
        }
        Path pw = dir.resolve("pw");
        Files.writeString(pw, PASSWORD + "\n", StandardCharsets.UTF_8);
        if (runAs != null) {
            Files.setOwner(pw, Files.getOwner(dir));
        }
        for (Map.Entry<String, Path> file : files.entrySet()) {
            Path copy = Files.copy(file.getValue(), dir.resolve(file.getKey()));
            Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-------"));
            if (runAs != null) {
                Files.setOwner(copy, Files.getOwner(dir));
            }
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PgCluster cluster = new PgCluster(bin, dir, port, runAs);
        cluster.run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", ADMIN,
                "--pwfile=" + pw, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"));
        // fsync off: the tests kill clients, never this server, and the machine is shared.
        cluster.run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("log").toString(), "-w", "-t", "60", "-o", "-p " + port + " -k " + dir
                        + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100"
                        + settings.apply(dir), "start"));
        return cluster;
    }

    private static Path findBin() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                Path found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString()
                                .replaceAll("\\D", "0")))).orElse(null);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new IllegalStateException("PostgreSQL's server programs are missing (no /usr/lib/postgresql/*/bin/initdb):"
                + " install Debian's postgresql package (.ci/run does)");
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (runAs != null) {
            full.addAll(List.of("runuser", "-u", runAs, "--"));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
        pb.directory(dir.toFile());
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", full) + " failed:\n" + new String(output, StandardCharsets.UTF_8)
                    + logTail());
        }
    }

    private String logTail() {
        try {
            Path log = dir.resolve("log");
            return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Stops the server and deletes its folder. */
    public synchronized void stop() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"));
        } catch (IOException | InterruptedException e) {
            System.err.println("could not stop the test PostgreSQL: " + e.getMessage());
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    /** The TCP port. */
    public int port() {
        return port;
    }

    /** A new empty database owned by the admin, e.g. {@code sync_3}. */
    public String createDatabase(String prefix) throws SQLException {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        try (Connection c = admin("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    /**
     * A new database with Concord's schema made by the admin, in which {@code field1} is a fieldwork researcher and
     * {@code analyst1} an analyst.
     */
    public String concordDatabase(String prefix) throws SQLException {
        createUser("field1");
        createUser("analyst1");
        String db = createDatabase(prefix);
        ServerConnection owner = connection(db, ADMIN);
        try (Connection c = owner.open()) {
            ServerSchema.init(c, owner.address(), List.of("field1"), List.of("analyst1"));
        }
        return db;
    }

    /** Creates a login user (once per cluster; users are cluster-wide) with the test password. */
    public void createUser(String name) throws SQLException {
        try (Connection c = admin("postgres"); Statement st = c.createStatement()) {
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + name + "') THEN"
                    + " CREATE ROLE " + name + " LOGIN PASSWORD '" + PASSWORD + "'; END IF; END $$");
        }
    }

    /** A superuser connection to {@code database}. */
    public Connection admin(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", ADMIN);
        p.setProperty("password", PASSWORD);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, p);
    }

    /** The address of {@code database} for {@code user}, as a user writes it. */
    public String url(String database, String user) {
        return "postgresql://" + user + "@127.0.0.1:" + port + "/" + database;
    }

    /** A connection factory for {@code user} with the password in the environment given to it. */
    public ServerConnection connection(String database, String user) {
        return ServerConnection.of(ServerAddress.parse(url(database, user)), Map.of("PGPASSWORD", PASSWORD),
                null, a -> null);
    }
}
