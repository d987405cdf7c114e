package org.concord.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.concord.study.Study;
import org.concord.study.SyncLedger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync killed with SIGKILL at random moments and run again ends with every row on the server exactly once: 20
 * trials, each against a new database, each killing a child JVM after a random number of committed batches plus a
 * random delay (so inside a batch, between the server's commit and the ledger's, or anywhere else).
 */
class SyncKillTest {
    private static final int TRIALS = 20;

    @TempDir
    Path dir;

    @Test
    void aKilledSyncRunAgainLeavesEveryRowOnceOnTheServer() throws Exception {
        PgCluster cluster = PgCluster.shared();
        Path master = dir.resolve("master.concord");
        try (Study study = Laptops.create(master, 4)) {
            for (int la = 0; la < 4; la++) {
                Laptops.fill(study, String.format("E0900%04d", la), 3, 9, 100 + la);
            }
        }
        long[] expected = Laptops.fileCounts(master);
        List<String> expectedAnswers = Laptops.fileAnswers(master);
        Random random = new Random(20261202);
        int killedMidway = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            String db = cluster.concordDatabase("kill");
            Path file = dir.resolve("trial" + trial + ".concord");
            Files.copy(master, file);
            String studyId;
            try (Study study = Study.open(file)) {
                studyId = SyncLedger.studyId(study);
            }
            // 48 participants in batches of 3: 17 batches with the sessions' batch.
            int killAfter = random.nextInt(17);
            int delayMillis = random.nextInt(40);
            Process child = child(file, cluster.url(db, "field1"));
            int batches = 0;
            boolean done = false;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while (batches < killAfter && (line = out.readLine()) != null) {
                    if (line.startsWith("BATCH")) {
                        batches++;
                    } else if (line.equals("DONE")) {
                        done = true;
                        break;
                    }
                }
                Thread.sleep(delayMillis);
                child.destroyForcibly(); // SIGKILL
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child ended").isTrue();
            }
            if (!done && child.exitValue() != 0) {
                killedMidway++;
            }
            try (Study study = Study.open(file)) {
                ServerSync.sync(study, cluster.connection(db, "field1"), "child", 3, false, null);
            }
            try (Connection admin = cluster.admin(db)) {
                long[] server = Laptops.serverCounts(admin, studyId);
                assertThat(server).as("trial %d (killed after %d batches + %d ms): server rows", trial, killAfter,
                        delayMillis).containsExactly(expected);
                assertThat(Laptops.serverAnswers(admin, studyId)).as("trial %d answers", trial)
                        .isEqualTo(expectedAnswers);
            }
            assertThat(Laptops.fileAnswers(file)).as("trial %d: the study's answers are untouched", trial)
                    .isEqualTo(expectedAnswers);
        }
        assertThat(killedMidway).as("trials whose child was killed before it finished").isGreaterThanOrEqualTo(15);
    }

    private static Process child(Path file, String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                SyncChild.class.getName(), file.toString(), url, "3"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PGPASSWORD", PgCluster.PASSWORD);
        return pb.start();
    }
}
