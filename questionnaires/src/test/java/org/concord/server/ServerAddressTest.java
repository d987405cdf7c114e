package org.concord.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server addresses as libpq and JDBC write them, and passwords found as libpq finds them. */
class ServerAddressTest {
    @TempDir
    Path home;

    @Test
    void aLibpqAddressWithTlsVerificationBecomesAJdbcUrl() {
        ServerAddress a = ServerAddress.parse("postgresql://field%40team@db.example.org:6432/concord"
                + "?sslmode=verify-full&sslrootcert=/etc/ssl/team-ca.pem&connect_timeout=5");
        assertThat(List.of(a.user(), a.host(), a.port(), a.database())).containsExactly("field@team", "db.example.org",
                6432, "concord");
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6432/concord?sslmode=verify-full"
                + "&sslrootcert=%2Fetc%2Fssl%2Fteam-ca.pem&connectTimeout=5");
        assertThat(a.toString()).isEqualTo("postgresql://field@team@db.example.org:6432/concord");
    }

    @Test
    void aJdbcUrlAndDefaults() {
        ServerAddress j = ServerAddress.parse("jdbc:postgresql://10.0.0.5/study?user=analyst&sslmode=require");
        assertThat(List.of(j.user(), j.host(), j.port(), j.database())).containsExactly("analyst", "10.0.0.5", 5432,
                "study");
        assertThat(j.parameters()).isEqualTo(Map.of("sslmode", "require"));
        ServerAddress bare = ServerAddress.parse("postgres://ann@localhost");
        assertThat(List.of(bare.host(), bare.port(), bare.database())).containsExactly("localhost", 5432, "ann");
    }

    @Test
    void aPasswordInTheAddressIsRefusedWithoutShowingIt() {
        for (String url : List.of("postgresql://ann:hunter2@db/concord", "jdbc:postgresql://db/c?user=a&password=hunter2")) {
            assertThatThrownBy(() -> ServerAddress.parse(url)).isInstanceOf(InputException.class)
                    .hasMessageContaining("never put a password on the command line").hasMessageNotContaining("hunter2");
        }
        assertThatThrownBy(() -> ServerAddress.parse("mysql://db/x")).hasMessageContaining("is not a PostgreSQL address");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://a@db:99999/x")).hasMessageContaining("port 99999");
    }

    @Test
    void passwordsComeFromPgpasswordThenThePasswordFile() throws Exception {
        ServerAddress a = ServerAddress.parse("postgresql://ann@db.example.org:5432/concord");
        List<String> notes = new ArrayList<>();
        assertThat(Passwords.find(a, Map.of("PGPASSWORD", "env-pw"), home, notes)).containsExactly("env-pw".toCharArray());
        assertThat(Passwords.find(a, Map.of(), home, notes)).isNull();
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "# comment\nother:5432:*:ann:wrong\ndb.example.org:*:concord:bob:wrong\n"
                + "db.example.org:5432:*:ann:p\\:w\\\\d:x\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        assertThat(new String(Passwords.find(a, Map.of(), home, notes))).isEqualTo("p:w\\d:x");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(Passwords.find(a, Map.of(), home, notes)).isNull();
        assertThat(notes).singleElement().asString().contains("was ignored: others may read it; make it private with"
                + " chmod 600");
    }
}
