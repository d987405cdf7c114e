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
 * the app), 40 answers per participant, and prints the median, p99 and max latency. Arguments: a folder for the study
 * (default: the temp folder; the disk of that folder is what is measured) and the number of rounds (default 1), each on
 * a new study; with several rounds it also prints the median of the rounds' figures. The load average is printed with
 * each round, as the machine may be shared.
 */
public final class SaveAnswerBenchmark {
    private static final int N = 10_000;

    private SaveAnswerBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        Path parent = args.length > 0 && !args[0].isEmpty() ? Path.of(args[0]) : Path.of(System.getProperty(
                "java.io.tmpdir"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        double[][] figures = new double[3][rounds];
        for (int r = 0; r < rounds; r++) {
            long[] sorted = round(parent);
            figures[0][r] = sorted[N / 2] / 1e6;
            figures[1][r] = sorted[(int) Math.ceil(N * 0.99) - 1] / 1e6;
            figures[2][r] = sorted[N - 1] / 1e6;
        }
        if (rounds > 1) {
            for (double[] f : figures) {
                Arrays.sort(f);
            }
            System.out.printf("median of %d rounds: median %.3f ms, p99 %.3f ms, max %.3f ms%n", rounds,
                    figures[0][rounds / 2], figures[1][rounds / 2], figures[2][rounds / 2]);
        }
    }

    private static long[] round(Path parent) throws Exception {
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        Path dir = Files.createTempDirectory(parent, "concord-bench");
        Path file = dir.resolve("bench.concord");
        long[] nanos = new long[N];
        long largestWal = 0;
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try (Study study = Study.create(file, TestForms.sample(), List.of(new LocalAuthority("W06000015",
                "Cardiff")), "1234".toCharArray())) {
            long session = study.startSession("W06000015", "BM").id();
            UUID warm = study.createParticipant(session, "en").id();
            for (int i = 0; i < 200; i++) {
                study.saveAnswer(warm, "warmup" + (i % 40), Integer.toString(i % 5 + 1), "en");
            }
            UUID participant = null;
            for (int i = 0; i < N; i++) {
                if (i % 40 == 0) {
                    participant = study.createParticipant(session, "en").id();
                    largestWal = Math.max(largestWal, Files.size(wal));
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
        long slow = Arrays.stream(nanos).filter(t -> t >= 10_000_000).count();
        System.out.printf("saveAnswer, %d answers one by one (WAL, synchronous=FULL, %s; load average %s):%n", N, dir,
                load);
        System.out.printf("  median %.3f ms, p99 %.3f ms, max %.3f ms, mean %.3f ms; %d saves >= 10 ms;"
                + " largest WAL %.1f MB%n", sorted[N / 2] / 1e6, sorted[(int) Math.ceil(N * 0.99) - 1] / 1e6,
                sorted[N - 1] / 1e6, mean, slow, largestWal / 1e6);
        System.out.printf("  targets: median < 2 ms: %s, p99 < 10 ms: %s%n",
                sorted[N / 2] < 2_000_000 ? "met" : "MISSED",
                sorted[(int) Math.ceil(N * 0.99) - 1] < 10_000_000 ? "met" : "MISSED");
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        Files.deleteIfExists(dir);
        return sorted;
    }
}
