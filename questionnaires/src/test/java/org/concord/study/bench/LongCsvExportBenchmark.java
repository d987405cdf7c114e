package org.concord.study.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.study.Study;
import org.concord.study.SyntheticStudy;
import org.concord.study.export.LongCsvExporter;
import org.concord.study.export.XlsxExporter;

/**
 * Builds a synthetic study of 100,000 participants (35 answers each) and times the long-CSV export of it, printing
 * the peak heap during the export. Run with {@code -Xmx256m} (bench/study-export.sh does). Arguments: participants
 * (default 100000), a folder (default the temp folder), and {@code xlsx} to time the workbook export as well.
 */
public final class LongCsvExportBenchmark {
    private LongCsvExportBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        int participants = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory(args.length > 1 ? Path.of(args[1]) : Path.of(System.getProperty(
                "java.io.tmpdir")), "concord-bench");
        boolean xlsx = List.of(args).contains("xlsx");
        Path file = dir.resolve("synthetic.concord");
        Path csv = dir.resolve("responses.csv");
        long t0 = System.nanoTime();
        try (Study study = SyntheticStudy.create(file, participants, 35, 1)) {
            System.out.printf("built a synthetic study of %d participants x 35 answers in %.1f s (%d MB)%n",
                    participants, (System.nanoTime() - t0) / 1e9, Files.size(file) >> 20);
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long start = System.nanoTime();
            long rows = LongCsvExporter.export(study, csv, false);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("long CSV export: %d rows, %d MB, in %.2f s; peak heap %d MB (sum of heap pool peaks)"
                    + " with -Xmx%d MB%n", rows, Files.size(csv) >> 20, seconds, peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("  CPU time of the export %.2f s; system load average %.1f on %d cores%n", cpu,
                    os.getSystemLoadAverage(), os.getAvailableProcessors());
            System.out.printf("  target: under 10 s with -Xmx256m: %s%n", seconds < 10 ? "met" : "MISSED");
            if (xlsx) {
                Path book = dir.resolve("study.xlsx");
                System.gc();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                start = System.nanoTime();
                XlsxExporter.export(study, book, false);
                System.out.printf("xlsx export: %d MB in %.2f s; peak heap %d MB%n", Files.size(book) >> 20,
                        (System.nanoTime() - start) / 1e9,
                        heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20);
                Files.deleteIfExists(book);
            }
        } finally {
            for (Path p : List.of(csv, file, dir.resolve("synthetic.concord-wal"), dir.resolve("synthetic.concord-shm"),
                    dir.resolve("synthetic.concord.lock"))) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }
}
