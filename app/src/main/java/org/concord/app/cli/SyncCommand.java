package org.concord.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.concord.server.ServerAddress;
import org.concord.server.ServerConnection;
import org.concord.server.ServerSync;
import org.concord.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code concord sync --study FILE --db URL}: sends what the server lacks of a study. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Sends every participant, answer revision, session, paradata and merge conflict of a study file"
                + " that the server does not have yet, in batches, one transaction each. Run it as often as you like:"
                + " a second run adds nothing, and a run that was interrupted is completed by the next.",
            "A different answer for a participant and revision that the server already has is reported and stored"
                + " beside it, never overwritten. The study file records what has been sent; the admin PIN is never"
                + " sent. The password comes from PGPASSWORD, ~/.pgpass or a prompt."})
public final class SyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--study", required = true, paramLabel = "FILE", description = "the study file (.concord)")
    Path study;

    @Option(names = "--db", required = true, paramLabel = "URL",
            description = "postgresql://user@host:port/database[?sslmode=verify-full&sslrootcert=FILE]")
    String db;

    @Option(names = "--laptop", paramLabel = "NAME", description = "the name this laptop has on the server"
            + " (default: the computer's name)")
    String laptop;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + ServerSync.DEFAULT_BATCH,
            description = "participants per batch (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--all", description = "send everything again, whatever the study file records as sent"
            + " (the server still keeps each row once)")
    boolean all;

    @Option(names = "--timings", description = "also print the time of each batch (for benchmarks)")
    boolean timings;

    @Override
    public Integer call() {
        ServerConnection server = ServerConnection.of(ServerAddress.parse(db));
        PrintWriter out = spec.commandLine().getOut();
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "Sending");
        ServerSync.Report report;
        try (Study s = Study.open(study)) {
            report = ServerSync.sync(s, server, laptop == null ? hostName() : laptop, batch, all,
                    (done, total, rows) -> progress.update(done, total));
        } finally {
            progress.finish();
        }
        out.printf(Locale.ROOT, "Study %s: sent %d rows (%d participants new or changed) in %d batches, %d new to the"
                        + " server, in %.1f s.%n", report.studyId(), report.rowsSent(), report.participants(),
                report.batches(), report.rowsAdded(), report.millis() / 1000.0);
        if (timings && !report.batchMillis().isEmpty()) {
            List<Long> sorted = report.batchMillis().stream().sorted().toList();
            out.printf(Locale.ROOT, "Batches: p50 %d ms, p95 %d ms, max %d ms; %.0f rows/s; waiting for the study %.1f s,"
                            + " sending %.1f s, recording the ledger %.1f s%n",
                    sorted.get((sorted.size() - 1) / 2), sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1),
                    sorted.get(sorted.size() - 1), report.rowsSent() * 1000.0 / Math.max(1, report.millis()),
                    report.readMillis() / 1000.0, sorted.stream().mapToLong(Long::longValue).sum() / 1000.0,
                    report.ledgerMillis() / 1000.0);
            out.println("Batch ms: " + report.batchMillis().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(" ")));
        }
        if (report.batches() == 0) {
            out.println("Nothing to send: the server has everything in " + study + ".");
        }
        if (!report.conflicts().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("concord sync: " + report.conflicts().size() + " conflicts with what the server had:");
            report.conflicts().forEach(c -> err.println("  " + c));
            err.flush();
        }
        out.flush();
        return 0;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "laptop" : env;
        }
    }
}
