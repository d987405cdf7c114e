package org.concord.study.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.study.Study;
import org.concord.study.SyntheticStudy;
import org.concord.study.export.spss.SavWriter;
import org.concord.study.export.stata.DtaWriter;
import org.concord.study.export.wide.StudyTable;

/**
 * Builds a synthetic study of 100,000 participants (35 answers each) and times its export to SPSS {@code .sav} and
 * to Stata {@code .dta}, each from opening the table to the renamed file, printing the peak heap of each. Run with
 * {@code -Xmx256m} (bench/export-spss-stata.sh does). Arguments: participants (default 100000), a folder (default
 * the temp folder), and {@code keep} to leave the two files there for reading with pspp, R or pandas.
 */
public final class StatsExportBenchmark {
    private StatsExportBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        int participants = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory(args.length > 1 ? Path.of(args[1]) : Path.of(System.getProperty(
                "java.io.tmpdir")), "concord-bench");
        boolean keep = List.of(args).contains("keep");
        Path file = dir.resolve("synthetic.concord");
        Path sav = dir.resolve("synthetic.sav");
        Path dta = dir.resolve("synthetic.dta");
        long t0 = System.nanoTime();
        try (Study study = SyntheticStudy.create(file, participants, 35, 1)) {
            System.out.printf("built a synthetic study of %d participants x 35 answers in %.1f s (%d MB)%n",
                    participants, (System.nanoTime() - t0) / 1e9, Files.size(file) >> 20);
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    ManagementFactory.getOperatingSystemMXBean();
            long[] answers = {0};
            long base = System.nanoTime();
            long baseCpu = os.getProcessCpuTime();
            study.forEachParticipant(false, p -> answers[0] += p.answers().size());
            System.out.printf("baseline: reading the study alone (%d answers, nothing written) %.2f s, CPU time %.2f s%n",
                    answers[0], (System.nanoTime() - base) / 1e9, (os.getProcessCpuTime() - baseCpu) / 1e9);
            for (String format : List.of("sav", "dta")) {
                System.gc();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                long start = System.nanoTime();
                long cpu0 = os.getProcessCpuTime();
                double scanned;
                Path out = format.equals("sav") ? sav : dta;
                long rows;
                int variables;
                try (StudyTable table = StudyTable.scan(study, false, null)) {
                    rows = table.rowCount();
                    variables = table.variables().size();
                    scanned = (System.nanoTime() - start) / 1e9;
                    if (format.equals("sav")) {
                        SavWriter.write(table, out, "synthetic");
                    } else {
                        DtaWriter.write(table, out, "synthetic");
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                System.out.printf(".%s export: %d rows x %d variables, %d MB, in %.2f s; peak heap %d MB (sum of heap"
                        + " pool peaks) with -Xmx%d MB; target under 10 s: %s%n", format, rows, variables,
                        Files.size(out) >> 20, seconds, peak >> 20, Runtime.getRuntime().maxMemory() >> 20,
                        seconds < 10 ? "met" : "MISSED");
                System.out.printf("  reading the study (one pass, to the spill file) %.2f s, writing %.2f s; CPU time"
                        + " %.2f s%n", scanned, seconds - scanned, cpu);
            }
            System.out.printf("  system load average %.1f on %d cores%n", os.getSystemLoadAverage(),
                    os.getAvailableProcessors());
        } finally {
            for (Path p : List.of(file, dir.resolve("synthetic.concord-wal"), dir.resolve("synthetic.concord-shm"),
                    dir.resolve("synthetic.concord.lock"))) {
                Files.deleteIfExists(p);
            }
            if (keep) {
                System.out.println("kept " + sav + " and " + dta);
            } else {
                Files.deleteIfExists(sav);
                Files.deleteIfExists(dta);
                Files.deleteIfExists(dir);
            }
        }
    }
}
