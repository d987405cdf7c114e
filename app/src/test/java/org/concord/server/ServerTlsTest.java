package org.concord.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.concord.common.InputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS with certificate verification against a real PostgreSQL with {@code ssl=on}: the test makes a certificate
 * authority and a server certificate for {@code localhost} with openssl, and connects with {@code sslmode=verify-full}
 * and the CA as {@code sslrootcert}, given in the address or through {@code PGSSLMODE}/{@code PGSSLROOTCERT}. A host
 * the certificate does not name, and a CA that did not sign it, are refused with a clear message.
 */
class ServerTlsTest {
    @TempDir
    static Path dir;

    private static PgCluster cluster;
    private static Path ca;
    private static Path otherCa;

    @BeforeAll
    static void startTlsServer() throws Exception {
        ca = dir.resolve("ca.crt");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Concord test CA",
                "-keyout", dir.resolve("ca.key").toString(), "-out", ca.toString());
        otherCa = dir.resolve("other-ca.crt");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Another CA",
                "-keyout", dir.resolve("other-ca.key").toString(), "-out", otherCa.toString());
        // The server's certificate names localhost only (not 127.0.0.1), so that the same server serves a wrong host.
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout",
                dir.resolve("server.key").toString(), "-out", dir.resolve("server.csr").toString());
        Files.writeString(dir.resolve("san.ext"), "subjectAltName=DNS:localhost\n", StandardCharsets.UTF_8);
        openssl("x509", "-req", "-in", dir.resolve("server.csr").toString(), "-CA", ca.toString(), "-CAkey",
                dir.resolve("ca.key").toString(), "-CAcreateserial", "-days", "2", "-extfile",
                dir.resolve("san.ext").toString(), "-out", dir.resolve("server.crt").toString());
        cluster = PgCluster.startWithTls(dir.resolve("server.crt"), dir.resolve("server.key"));
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.stop();
        }
    }

    private static void openssl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("openssl finished").isTrue();
        assertThat(p.exitValue()).as("openssl %s: %s", command, output).isZero();
    }

    private static ServerConnection connect(String url, Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("PGPASSWORD", PgCluster.PASSWORD);
        return ServerConnection.of(ServerAddress.parse(url, all), all, null, a -> null);
    }

    /** Whether the connection is encrypted, and its protocol, as the server sees it. */
    private static String tls(ServerConnection server) throws Exception {
        try (Connection c = server.open(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            rs.next();
            return rs.getBoolean(1) + " " + rs.getString(2);
        }
    }

    @Test
    void verifyFullWithTheCaInTheAddressConnectsEncrypted() throws Exception {
        String url = "postgresql://" + PgCluster.ADMIN + "@localhost:" + cluster.port()
                + "/postgres?sslmode=verify-full&sslrootcert=" + ca;
        String seen = tls(connect(url, Map.of()));
        System.out.println("verify-full via the address: ssl, protocol = " + seen);
        assertThat(seen).as("ssl and protocol seen by the server").startsWith("true TLSv1.");
    }

    @Test
    void verifyFullWithTheCaFromPgsslmodeAndPgsslrootcertConnectsEncrypted() throws Exception {
        String url = "postgresql://" + PgCluster.ADMIN + "@localhost:" + cluster.port() + "/postgres";
        ServerConnection server = connect(url, Map.of("PGSSLMODE", "verify-full", "PGSSLROOTCERT", ca.toString()));
        assertThat(server.address().parameters()).as("parameters from the environment")
                .containsEntry("sslmode", "verify-full").containsEntry("sslrootcert", ca.toString());
        String seen = tls(server);
        System.out.println("verify-full via PGSSLMODE/PGSSLROOTCERT: ssl, protocol = " + seen);
        assertThat(seen).as("ssl and protocol seen by the server").startsWith("true TLSv1.");
        // What the address says wins over the environment, as in libpq.
        ServerConnection plain = connect(url + "?sslmode=disable", Map.of("PGSSLMODE", "verify-full"));
        assertThat(tls(plain)).as("sslmode=disable in the address").startsWith("false");
    }

    @Test
    void verifyFullRefusesACertificateForAnotherHostWithAClearMessage() {
        String url = "postgresql://" + PgCluster.ADMIN + "@127.0.0.1:" + cluster.port()
                + "/postgres?sslmode=verify-full&sslrootcert=" + ca;
        assertThat(refusal(url, "wrong host")).as("message")
                .contains("TLS certificate is not for the host 127.0.0.1").contains("sslmode=verify-full");
    }

    @Test
    void verifyFullRefusesACertificateNotSignedByTheGivenCa() {
        String url = "postgresql://" + PgCluster.ADMIN + "@localhost:" + cluster.port()
                + "/postgres?sslmode=verify-full&sslrootcert=" + otherCa;
        assertThat(refusal(url, "other CA")).as("message")
                .contains("not signed by the certificate authority in " + otherCa);
    }

    /** The message of the refused connection to {@code url} (printed), which holds no Java exception or trace. */
    private static String refusal(String url, String what) {
        InputException e = assertThrows(InputException.class,
                () -> connect(url, Map.of()).open());
        System.out.println(what + ": " + e.getMessage());
        assertThat(e.getMessage()).as("message").doesNotContain("Exception").doesNotContain("\tat ");
        return e.getMessage();
    }

    @Test
    void anUnknownSslmodeIsRefusedBeforeConnecting() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://u@localhost/db?sslmode=verify_full", Map.of()))
                .isInstanceOf(InputException.class).hasMessageContaining("sslmode=verify_full is not a TLS mode")
                .hasMessageContaining("verify-full");
    }
}
