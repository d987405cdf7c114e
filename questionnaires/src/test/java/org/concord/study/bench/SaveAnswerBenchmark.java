package org.concord.study.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.concord.study.TestForms;

/**
 * Saves 10,000 answers one by one through {@link Study#saveAnswer} (each committed to disk before it returns, as in
 * the app), 40 answers per participant, and prints the median, p99 and max latency. Argument: a folder for the study
 * (default: the temp folder); the disk of that folder is what is measured.
 */
public final class SaveAnswerBenchmark {
    private SaveAnswerBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory(args.length > 0 ? Path.of(args[0]) : Path.of(System.getProperty(
                "java.io.tmpdir")), "concord-bench");
        Path file = dir.resolve("bench.concord");
        int n = 10_000;
        long[] nanos = new long[n];
        try (Study study = Study.create(file, TestForms.sample(), List.of(new LocalAuthority("W06000015",
                "Cardiff")), "1234".toCharArray())) {
            long session = study.startSession("W06000015", "BM").id();
            UUID warm = study.createParticipant(session, "en").id();
            for (int i = 0; i < 200; i++) {
                study.saveAnswer(warm, "warmup" + (i % 40), Integer.toString(i % 5 + 1), "en");
            }
            UUID participant = null;
            for (int i = 0; i < n; i++) {
                if (i % 40 == 0) {
                    participant = study.createParticipant(session, "en").id();
                }
                String item = "q" + (i % 40);
                String value = Integer.toString(i % 5 + 1);
                long start = System.nanoTime();
                study.saveAnswer(participant, item, value, "en");
                nanos[i] = System.nanoTime() - start;
            }
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        System.out.printf("saveAnswer, %d answers one by one (WAL, synchronous=FULL, %s):%n", n, dir);
        System.out.printf("  median %.3f ms, p99 %.3f ms, max %.3f ms, mean %.3f ms%n", sorted[n / 2] / 1e6,
                sorted[(int) Math.ceil(n * 0.99) - 1] / 1e6, sorted[n - 1] / 1e6, mean);
        System.out.printf("  targets: median < 2 ms: %s, p99 < 10 ms: %s%n", sorted[n / 2] < 2_000_000 ? "met" : "MISSED",
                sorted[(int) Math.ceil(n * 0.99) - 1] < 10_000_000 ? "met" : "MISSED");
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        Files.deleteIfExists(dir);
    }
}
