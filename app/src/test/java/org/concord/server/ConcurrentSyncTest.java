package org.concord.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.concord.study.Study;
import org.concord.study.SyncLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty laptops with copies of one study (all holding the same first LA's participants, each with its own LA as well)
 * sync at the same moment: the server ends with every participant and answer once, and knows twenty laptops.
 */
class ConcurrentSyncTest {
    private static final int LAPTOPS = 20;

    @TempDir
    Path dir;

    @Test
    void twentyLaptopsSyncingAtOnceLeaveEveryRowOnce() throws Exception {
        PgCluster cluster = PgCluster.shared();
        String db = cluster.concordDatabase("laptops");
        Path base = dir.resolve("base.concord");
        String studyId;
        try (Study study = Laptops.create(base, LAPTOPS + 1)) {
            Laptops.fill(study, "E09000000", 2, 4, 7);
            studyId = SyncLedger.studyId(study);
        }
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= LAPTOPS; i++) {
            Path file = dir.resolve("laptop" + i + ".concord");
            Files.copy(base, file);
            try (Study study = Study.open(file)) {
                Laptops.fill(study, String.format("E0900%04d", i), 2, 5, 1000 + i);
            }
            files.add(file);
        }
        ExecutorService pool = Executors.newFixedThreadPool(LAPTOPS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ServerSync.Report>> runs = new ArrayList<>();
        for (int i = 0; i < LAPTOPS; i++) {
            Path file = files.get(i);
            String laptop = "laptop-" + (i + 1);
            runs.add(pool.submit(() -> {
                start.await();
                try (Study study = Study.open(file)) {
                    return ServerSync.sync(study, cluster.connection(db, "field1"), laptop, 2, false, null);
                }
            }));
        }
        start.countDown();
        for (Future<ServerSync.Report> run : runs) {
            assertThat(run.get(5, TimeUnit.MINUTES).conflicts()).isEmpty();
        }
        pool.shutdown();
        // Expected: the union by participant, as a merge of the twenty files would give.
        Set<String> answers = new HashSet<>();
        long paradata = 0;
        long[] baseCounts = Laptops.fileCounts(base);
        for (Path file : files) {
            answers.addAll(Laptops.fileAnswers(file));
            paradata += Laptops.fileCounts(file)[2] - baseCounts[2];
        }
        paradata += baseCounts[2];
        try (Connection admin = cluster.admin(db)) {
            long[] server = Laptops.serverCounts(admin, studyId);
            assertThat(server[0]).as("participants").isEqualTo(6 + LAPTOPS * 7L);
            assertThat(server[1]).as("answer revisions").isEqualTo(answers.size());
            assertThat(server[2]).as("paradata").isEqualTo(paradata);
            assertThat(server[3]).as("sessions").isEqualTo(1 + LAPTOPS);
            assertThat(server[4]).as("conflicts").isZero();
            assertThat(new HashSet<>(Laptops.serverAnswers(admin, studyId))).isEqualTo(answers);
        }
        assertThat(ServerStatus.read(cluster.connection(db, "field1")).get(0).laptops()).hasSize(LAPTOPS);
    }
}
