package org.concord.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.concord.common.InputException;
import org.concord.study.Study;
import org.concord.study.SyncLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server goes away in the middle of a sync (the network between laptop and server is cut after the third batch):
 * a clear message, the study's data untouched, the server holding whole batches only, and the next sync completing.
 */
class ServerGoneTest {
    @TempDir
    Path dir;

    @Test
    void aServerThatGoesAwayMidSyncLosesNothingAndTheNextSyncCompletes() throws Exception {
        PgCluster cluster = PgCluster.shared();
        String db = cluster.concordDatabase("gone");
        Path file = dir.resolve("laptop.concord");
        String studyId;
        try (Study study = Laptops.create(file, 2)) {
            Laptops.fill(study, "E09000000", 3, 9, 11);
            Laptops.fill(study, "E09000001", 3, 9, 12);
            studyId = SyncLedger.studyId(study);
        }
        long[] before = Laptops.fileCounts(file);
        List<String> answersBefore = Laptops.fileAnswers(file);
        try (TcpProxy proxy = TcpProxy.to(cluster.port())) {
            ServerConnection viaProxy = ServerConnection.of(ServerAddress.parse("postgresql://field1@127.0.0.1:"
                    + proxy.port() + "/" + db), Map.of("PGPASSWORD", PgCluster.PASSWORD), null, a -> null);
            try (Study study = Study.open(file)) {
                assertThatThrownBy(() -> ServerSync.sync(study, viaProxy, "laptop-a", 4, false,
                        (done, total, rows) -> {
                            if (done == 3) {
                                proxy.cut();
                            }
                        }))
                        .isInstanceOf(InputException.class)
                        .hasMessageContaining("sync failed: the connection to the server was lost")
                        .hasMessageContaining("3 of 7 batches had been sent and are recorded in laptop.concord")
                        .hasMessageContaining("Run concord sync again to send the rest");
            }
            assertThat(Laptops.fileCounts(file)).containsExactly(before);
            assertThat(Laptops.fileAnswers(file)).isEqualTo(answersBefore);
            try (Connection admin = cluster.admin(db)) {
                // Sessions, then two batches of 4 participants: whole batches only.
                assertThat(Laptops.serverCounts(admin, studyId)[0]).as("participants on the server").isEqualTo(8);
            }
            proxy.resume();
            try (Study study = Study.open(file)) {
                ServerSync.Report rest = ServerSync.sync(study, viaProxy, "laptop-a", 4, false, null);
                assertThat(rest.participants()).isEqualTo(16);
            }
        }
        try (Connection admin = cluster.admin(db)) {
            assertThat(Laptops.serverCounts(admin, studyId)).containsExactly(before);
            assertThat(Laptops.serverAnswers(admin, studyId)).isEqualTo(answersBefore);
        }
    }
}
