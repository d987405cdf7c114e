package org.concord.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real separate JVM saves answers and is killed with SIGKILL ({@link Process#destroyForcibly()}) at a random moment;
 * every answer it acknowledged must be in the reopened study, which must pass {@code PRAGMA integrity_check}.
 */
class StudyCrashTest {
    @TempDir
    Path dir;

    @RepeatedTest(3)
    void aKilledWriterLosesNoAcknowledgedAnswer() throws Exception {
        Path file = dir.resolve("crash.concord");
        StudyTest.newStudy(file).close();
        Path stderr = dir.resolve("child-stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), file.toString())
                .redirectError(stderr.toFile()).start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // the pipe breaks when the child dies
            }
        });
        reader.start();
        Random random = new Random();
        int killAfter = 20 + random.nextInt(400);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acks(lines).size() < killAfter && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(child.isAlive()).as("child still running; its stderr: %s", Files.readString(stderr)).isTrue();
        long childPid = child.pid();
        assertThatThrownBy(() -> Study.open(file)).isInstanceOf(StudyInUseException.class)
                .hasMessageMatching("crash\\.concord is in use by .+/" + childPid + " since .*");
        Thread.sleep(random.nextInt(30));
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close()
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        List<String[]> acknowledged = acks(lines);
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(killAfter);
        assertThat(StudyLock.lockFileOf(file)).exists(); // left behind by the killed child: stale

        try (Study study = Study.open(file)) {
            assertThat(study.staleLockHolder()).contains("/" + childPid + " since ");
            try (Statement st = study.conn.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            for (String[] ack : acknowledged) {
                UUID participant = UUID.fromString(ack[1]);
                assertThat(study.history(participant)).as("answer %s %s of %s", ack[2], ack[3], ack[1])
                        .anyMatch(r -> r.item().equals(ack[2]) && ack[3].equals(r.value()));
            }
            String[] last = acknowledged.get(acknowledged.size() - 1);
            assertThat(study.unfinished()).isNotEmpty();
            assertThat(study.currentAnswers(UUID.fromString(last[1])).get(last[2])).isNotNull();
            // The study can be written to again after the crash.
            study.saveAnswer(UUID.fromString(last[1]), "after_crash", "yes", "en");
        }
    }

    private static List<String[]> acks(List<String> lines) {
        List<String[]> out = new ArrayList<>();
        synchronized (lines) {
            for (String line : lines) {
                String[] parts = line.split(" ");
                // A line cut off by the kill has no final " ." and is not an acknowledgement.
                if (parts.length == 5 && parts[0].equals("ACK") && parts[4].equals(".")) {
                    out.add(parts);
                }
            }
        }
        return out;
    }
}
