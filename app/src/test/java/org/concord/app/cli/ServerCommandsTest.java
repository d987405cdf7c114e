package org.concord.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.server.PgCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server commands end to end against a real PostgreSQL, as the README tells a new user: init, sync from two
 * laptops, status, and analysis and export from the server, which give what the same data give from the study file.
 * The password comes from a {@code ~/.pgpass} in a temporary home folder.
 */
class ServerCommandsTest {
    private static PgCluster cluster;
    private static String home;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void pgpass() throws Exception {
        cluster = PgCluster.shared();
        cluster.createUser("field1");
        cluster.createUser("analyst1");
        Path pgpass = tmp.resolve(".pgpass");
        Files.writeString(pgpass, "# host:port:database:user:password\n127.0.0.1:" + cluster.port() + ":*:*:"
                + PgCluster.PASSWORD + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        home = System.getProperty("user.home");
        System.setProperty("user.home", tmp.toString());
    }

    @AfterAll
    static void restoreHome() {
        System.setProperty("user.home", home);
    }

    @Test
    void fromAnEmptyDatabaseToAnAnalysisOfAStudySentFromTwoLaptops() throws Exception {
        String db = cluster.createDatabase("cli");
        String owner = cluster.url(db, PgCluster.ADMIN);
        CliRun init = CliRun.of("server", "init", "--db", owner, "--fieldwork-user", "field1", "--analyst-user",
                "analyst1");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("Created Concord schema 1 on postgresql://concord_admin@127.0.0.1:")
                .contains("GRANT concord_fieldwork TO field1;").contains("GRANT concord_analyst TO analyst1;")
                .contains("GRANT SELECT ON ALL TABLES IN SCHEMA concord TO concord_analyst;");

        Path a = tmp.resolve("laptop-a.concord");
        Path rates = tmp.resolve("rates.csv");
        CliRun sim = CliRun.of("simulate", "--las", "16", "--leaders", "3", "--workers", "8", "--out", a.toString(),
                "--rates", rates.toString());
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        Path b = tmp.resolve("laptop-b.concord");
        Files.copy(a, b);

        String field = cluster.url(db, "field1");
        CliRun sync = CliRun.of("sync", "--study", a.toString(), "--db", field, "--laptop", "laptop-a");
        assertThat(sync.exitCode()).as(sync.err()).isZero();
        Matcher m = Pattern.compile("Study ([0-9a-f-]{36}): sent (\\d+) rows").matcher(sync.out());
        assertThat(m.find()).as(sync.out()).isTrue();
        String studyId = m.group(1);
        CliRun again = CliRun.of("sync", "--study", a.toString(), "--db", field, "--laptop", "laptop-a");
        assertThat(again.out()).contains("sent 0 rows").contains("Nothing to send");
        // The second laptop holds a copy of the same study: it adds nothing new, and is known as a laptop.
        CliRun fromB = CliRun.of("sync", "--study", b.toString(), "--db", field, "--laptop", "laptop-b");
        assertThat(fromB.exitCode()).as(fromB.err()).isZero();
        assertThat(fromB.out()).contains("Study " + studyId).contains(" 0 new to the server");

        CliRun status = CliRun.of("server", "status", "--db", field, "--json");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("\"study_id\": \"" + studyId + "\"").contains("\"form_id\": \"values-agreement\"")
                .contains("\"participants\": 176").contains("\"laptops\": 2").contains("\"laptop\": \"laptop-b\"")
                .contains("\"role\": \"leader\", \"started\": 3");
        CliRun text = CliRun.of("server", "status", "--db", field);
        assertThat(text.out()).contains("participants 176 (176 completed)").contains("laptop laptop-a: last sync");

        Path fromFile = tmp.resolve("file.json");
        Path fromServer = tmp.resolve("server.json");
        String[] options = {"--rates", rates.toString(), "--permutations", "999", "--bootstrap", "199"};
        CliRun af = CliRun.of(concat(new String[] {"analyse", "--study", a.toString(), "--json", fromFile.toString()},
                options));
        assertThat(af.exitCode()).as(af.err()).isZero();
        CliRun as = CliRun.of(concat(new String[] {"analyse", "--db", cluster.url(db, "analyst1"), "--study-id",
            studyId, "--json", fromServer.toString()}, options));
        assertThat(as.exitCode()).as(as.err()).isZero();
        assertThat(as.out()).isEqualTo(af.out().replace(fromFile.toString(), fromServer.toString()));
        String serverJson = Files.readString(fromServer);
        assertThat(serverJson).contains("\"role\": \"server\"").contains("study " + studyId);
        assertThat(withoutInputs(serverJson)).isEqualTo(withoutInputs(Files.readString(fromFile)));

        Path csvFile = tmp.resolve("file.csv");
        Path csvServer = tmp.resolve("server.csv");
        assertThat(CliRun.of("export", "--study", a.toString(), "--csv", csvFile.toString()).exitCode()).isZero();
        CliRun export = CliRun.of("export", "--db", cluster.url(db, "analyst1"), "--study-id", studyId, "--csv",
                csvServer.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readString(csvServer)).isEqualTo(Files.readString(csvFile));
    }

    @Test
    void theFieldworkRoleCannotAnalyseAndPasswordsStayOffTheCommandLine() throws Exception {
        String db = cluster.concordDatabase("clirefuse");
        CliRun analyse = CliRun.of("analyse", "--db", cluster.url(db, "field1"), "--study-id",
                "00000000-0000-4000-a000-000000000000", "--rates", "rates.csv");
        assertThat(analyse.exitCode()).isEqualTo(2);
        CliRun read = CliRun.of("export", "--db", cluster.url(db, "field1"), "--study-id",
                "00000000-0000-4000-a000-000000000000", "--csv", tmp.resolve("x.csv").toString());
        assertThat(read.exitCode()).isEqualTo(2);
        assertThat(read.err()).contains("user field1 is not allowed to do this (permission denied for table study)");
        CliRun withPassword = CliRun.of("server", "status", "--db", "postgresql://field1:hunter2@127.0.0.1:"
                + cluster.port() + "/" + db);
        assertThat(withPassword.exitCode()).isEqualTo(2);
        assertThat(withPassword.err()).contains("holds a password; never put a password on the command line")
                .doesNotContain("hunter2");
        CliRun noStudy = CliRun.of("sync", "--study", tmp.resolve("none.concord").toString(), "--db",
                cluster.url(db, "field1"));
        assertThat(noStudy.exitCode()).isEqualTo(2);
        assertThat(noStudy.err()).contains("none.concord").contains("no such file");
    }

    private static String withoutInputs(String json) {
        return json.replaceAll("\"inputs\": \\[[^\\]]*\\]", "\"inputs\": []");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
