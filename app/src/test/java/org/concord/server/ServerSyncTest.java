package org.concord.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.common.InputException;
import org.concord.study.Study;
import org.concord.study.SyncLedger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sync against a real PostgreSQL: resync adds nothing, conflicts as merge, roles, refusals. */
class ServerSyncTest {
    private static PgCluster cluster;

    @TempDir
    Path dir;

    @BeforeAll
    static void cluster() throws Exception {
        cluster = PgCluster.shared();
    }

    private static String initDatabase(String prefix) throws SQLException {
        return cluster.concordDatabase(prefix);
    }

    @Test
    void syncSendsEveryRowAndASecondSyncAddsNothing() throws Exception {
        String db = initDatabase("sync");
        Path file = dir.resolve("laptop.concord");
        String studyId;
        try (Study study = Laptops.create(file, 3)) {
            Laptops.fill(study, "E09000000", 3, 8, 1);
            Laptops.fill(study, "E09000001", 2, 6, 2);
            studyId = SyncLedger.studyId(study);
            ServerSync.Report first = ServerSync.sync(study, cluster.connection(db, "field1"), "laptop-a", 4, false,
                    null);
            assertThat(first.participants()).isEqualTo(19);
            assertThat(first.rowsAdded()).isEqualTo(first.rowsSent());
            assertThat(first.conflicts()).isEmpty();
        }
        try (Connection admin = cluster.admin(db)) {
            assertThat(Laptops.serverCounts(admin, studyId)).containsExactly(Laptops.fileCounts(file));
            assertThat(Laptops.serverAnswers(admin, studyId)).isEqualTo(Laptops.fileAnswers(file));
        }
        try (Study study = Study.open(file)) {
            ServerSync.Report second = ServerSync.sync(study, cluster.connection(db, "field1"), "laptop-a", 4, false,
                    null);
            assertThat(second.batches()).isZero();
            assertThat(second.rowsSent()).isZero();
            // --all sends everything again; the server keeps each row once.
            ServerSync.Report all = ServerSync.sync(study, cluster.connection(db, "field1"), "laptop-a", 4, true,
                    null);
            assertThat(all.rowsSent()).isGreaterThan(0);
            assertThat(all.rowsAdded()).isZero();
            // More fieldwork after a sync: only the new rows go.
            UUID someone = Laptops.fill(study, "E09000002", 1, 2, 3).get(0);
            study.saveAnswer(someone, "role", null, "en");
            ServerSync.Report third = ServerSync.sync(study, cluster.connection(db, "field1"), "laptop-a", 4, false,
                    null);
            assertThat(third.participants()).isEqualTo(3);
        }
        try (Connection admin = cluster.admin(db)) {
            assertThat(Laptops.serverCounts(admin, studyId)).containsExactly(Laptops.fileCounts(file));
            assertThat(Laptops.serverAnswers(admin, studyId)).isEqualTo(Laptops.fileAnswers(file));
        }
    }

    @Test
    void aDifferentAnswerForARevisionIsAConflictAndTheFirstValueStays() throws Exception {
        String db = initDatabase("conflict");
        Path a = dir.resolve("a.concord");
        Path b = dir.resolve("b.concord");
        UUID p;
        try (Study study = Laptops.create(a, 1)) {
            p = Laptops.fill(study, "E09000000", 2, 3, 4).get(1);
        }
        Files.copy(a, b);
        String item = Laptops.FORM.valuesItems().get(3).name();
        String studyId;
        try (Study sa = Study.open(a); Study sb = Study.open(b)) {
            assertThat(SyncLedger.studyId(sb)).isEqualTo(SyncLedger.studyId(sa));
            studyId = SyncLedger.studyId(sa);
            sa.saveAnswer(p, item, "1", "en");
            sb.saveAnswer(p, item, "5", "en");
            sb.saveAnswer(p, item, "4", "en");
            ServerSync.sync(sa, cluster.connection(db, "field1"), "laptop-a", 100, false, null);
            ServerSync.Report rb = ServerSync.sync(sb, cluster.connection(db, "field1"), "laptop-b", 100, false,
                    null);
            // Revision 2 differs; revision 3 continues the other history, so it is a conflict too (as merge).
            assertThat(rb.conflicts()).hasSize(2);
            assertThat(rb.conflicts().get(0)).contains("item " + item + " revision 2").contains("\"5\"")
                    .doesNotContain("\"1\"");
        }
        try (Connection admin = cluster.admin(db); PreparedStatement ps = admin.prepareStatement(
                "SELECT revision, kept, other, kept_from, other_from FROM concord.conflict WHERE study_id = ?::uuid"
                        + " ORDER BY revision")) {
            ps.setString(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(List.of(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        .containsExactly(2, "1", "5", "laptop-a");
                assertThat(rs.getString(5)).startsWith("laptop-b (b.concord)");
                assertThat(rs.next()).isTrue();
                assertThat(List.of(rs.getInt(1), String.valueOf(rs.getString(2)), rs.getString(3)))
                        .containsExactly(3, "null", "4");
            }
            List<String> answers = Laptops.serverAnswers(admin, studyId);
            assertThat(answers.stream().filter(l -> l.startsWith(p + " " + item + " ")).map(l -> l.split(" ")[3]))
                    .hasSize(2).last().isEqualTo("1");
        }
        // Sending b again neither adds nor reports the conflicts twice.
        try (Study sb = Study.open(b)) {
            ServerSync.Report again = ServerSync.sync(sb, cluster.connection(db, "field1"), "laptop-b", 100, true,
                    null);
            assertThat(again.rowsAdded()).isZero();
        }
        try (Connection admin = cluster.admin(db)) {
            assertThat(Laptops.serverCounts(admin, studyId)[4]).isEqualTo(2);
        }
    }

    @Test
    void theFieldworkRoleMaySendButNotReadAnswers() throws Exception {
        String db = initDatabase("roles");
        Path file = dir.resolve("laptop.concord");
        try (Study study = Laptops.create(file, 1)) {
            Laptops.fill(study, "E09000000", 2, 3, 5);
            ServerSync.sync(study, cluster.connection(db, "field1"), "laptop-a", 100, false, null);
        }
        try (Connection field = cluster.connection(db, "field1").open(); Statement st = field.createStatement()) {
            for (String table : List.of("answer", "participant", "paradata", "conflict", "session", "form")) {
                assertThatThrownBy(() -> st.executeQuery("SELECT * FROM concord." + table))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied for table " + table);
            }
            assertThatThrownBy(() -> st.executeQuery("SELECT * FROM concord.run_of(1)"))
                    .hasMessageContaining("permission denied for function run_of");
        }
        try (Connection analyst = cluster.connection(db, "analyst1").open(); Statement st = analyst.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM concord.answer")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(Laptops.fileCounts(file)[1]);
        }
        // Status is counts only, so the fieldwork role may see it.
        List<ServerStatus.StudyStatus> status = ServerStatus.read(cluster.connection(db, "field1"));
        assertThat(status).hasSize(1);
        assertThat(status.get(0).participants()).isEqualTo(5);
        assertThat(status.get(0).laptops()).extracting(ServerStatus.LaptopStatus::laptop).containsExactly("laptop-a");
        assertThat(status.get(0).progress()).extracting(r -> r.laCode() + " " + r.roleGroup() + " " + r.started())
                .containsExactly("E09000000 leader 2", "E09000000 worker 3");
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        ServerAddress address = ServerAddress.parse(cluster.url("postgres", "field1"));
        ServerConnection wrong = ServerConnection.of(address, Map.of("PGPASSWORD", "not-it"), null, a -> null);
        assertThatThrownBy(wrong::open).isInstanceOf(InputException.class)
                .hasMessageContaining("the server refused user field1")
                .hasMessageContaining("password authentication failed")
                .hasMessageContaining("PGPASSWORD or ~/.pgpass");
        ServerConnection none = ServerConnection.of(address, Map.of(), dir, a -> null);
        assertThatThrownBy(none::open).isInstanceOf(InputException.class)
                .hasMessageContaining("the server asks for a password and none was found");
    }

    @Test
    void aServerWithANewerSchemaIsRefusedAndLeftAsItIs() throws Exception {
        String db = initDatabase("newer");
        try (Connection admin = cluster.admin(db); Statement st = admin.createStatement()) {
            st.execute("UPDATE concord.schema_version SET version = 99");
        }
        Path file = dir.resolve("laptop.concord");
        try (Study study = Laptops.create(file, 1)) {
            Laptops.fill(study, "E09000000", 1, 1, 6);
            assertThatThrownBy(() -> ServerSync.sync(study, cluster.connection(db, "field1"), "l", 10, false, null))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("version 99) was made by a newer Concord");
        }
        ServerConnection admin = cluster.connection(db, PgCluster.ADMIN);
        try (Connection c = admin.open()) {
            assertThatThrownBy(() -> ServerSchema.init(c, admin.address(), List.of(), List.of()))
                    .hasMessageContaining("Update Concord on this computer; the server was not changed");
        }
        try (Connection c = cluster.admin(db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, (SELECT count(*) FROM concord.study)"
                     + " FROM concord.schema_version")) {
            rs.next();
            assertThat(List.of(rs.getInt(1), rs.getInt(2))).containsExactly(99, 0);
        }
    }

    @Test
    void aDatabaseWithoutTheSchemaSaysToRunInit() throws Exception {
        String db = cluster.createDatabase("empty");
        Path file = dir.resolve("laptop.concord");
        try (Study study = Laptops.create(file, 1)) {
            assertThatThrownBy(() -> ServerSync.sync(study, cluster.connection(db, "field1"), "l", 10, false, null))
                    .hasMessageContaining("has no Concord schema; run 'concord server init --db");
        }
    }

    @Test
    void initTwiceChangesNothingAndListsTheGrants() throws Exception {
        String db = initDatabase("twice");
        ServerConnection admin = cluster.connection(db, PgCluster.ADMIN);
        try (Connection c = admin.open()) {
            ServerSchema.InitReport again = ServerSchema.init(c, admin.address(), List.of("field1"), List.of());
            assertThat(again.fromVersion()).isEqualTo(ServerMigrations.CURRENT_VERSION);
            assertThat(again.grants()).contains("GRANT concord_fieldwork TO field1",
                    "GRANT SELECT ON ALL TABLES IN SCHEMA concord TO concord_analyst");
        }
    }
}
