package org.concord.server;

import java.sql.Array;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.concord.common.InputException;
import org.concord.forms.FormSource;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.concord.study.SyncLedger;
import org.concord.study.SyncRows.AnswerRow;
import org.concord.study.SyncRows.Batch;
import org.concord.study.SyncRows.ConflictRow;
import org.concord.study.SyncRows.ParadataRow;
import org.concord.study.SyncRows.ParticipantRow;
import org.concord.study.SyncRows.SessionRow;

/**
 * Sends what a server lacks of a study: sessions, then participants with every revision of their answers and their
 * paradata in batches of a few hundred participants, then the conflicts of earlier merges. Each batch is one
 * transaction on the server; only after the server has committed it does the study's ledger record it. The server keeps
 * each row once (keys on study, participant UUID, item and revision), so a batch sent twice adds nothing, and a
 * different answer for a revision the server has is stored as a conflict beside the first value, as merge does.
 */
public final class ServerSync {
    /** Participants per batch unless told otherwise. */
    public static final int DEFAULT_BATCH = 250;

    /** Reads the next batch from the study file while the current one is sent. */
    private static final ExecutorService READER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "concord-sync-reader");
        t.setDaemon(true);
        return t;
    });

    private ServerSync() {
    }

    /** Called after each committed batch (e.g. to show progress). */
    public interface Listener {
        /** {@code done} of {@code total} batches committed; {@code rows} sent so far. */
        void batchDone(int done, int total, long rows);
    }

    /**
     * What a sync did.
     *
     * @param studyId      the study's UUID
     * @param batches      batches committed by the server in this run
     * @param rowsSent     rows sent (sessions, participants, answers, paradata, conflicts)
     * @param rowsAdded    rows the server did not have before
     * @param participants participants sent (new or changed since the last sync)
     * @param conflicts    differences with what the server had, one line each (the server's value is not shown)
     * @param batchMillis  the time of each batch, send to commit
     * @param readMillis   time spent waiting for batches read from the study file (read while the last is sent)
     * @param ledgerMillis time spent recording batches in the study's ledger
     * @param millis       the whole sync
     */
    public record Report(String studyId, int batches, long rowsSent, long rowsAdded, int participants,
                         List<String> conflicts, List<Long> batchMillis, long readMillis, long ledgerMillis,
                         long millis) {
        public Report {
            conflicts = List.copyOf(conflicts);
            batchMillis = List.copyOf(batchMillis);
        }
    }

    /**
     * Sends everything {@code server} lacks of {@code study} (opened for writing: the ledger is written to it).
     *
     * @param laptop    the name this laptop is known by on the server (e.g. the computer's name)
     * @param batchSize participants per batch
     * @param all       send everything again, whatever the ledger says (the server still keeps each row once)
     */
    public static Report sync(Study study, ServerConnection server, String laptop, int batchSize, boolean all,
                              Listener listener) {
        if (batchSize < 1) {
            throw InputException.ofFile(null, "the batch size must be at least 1");
        }
        long started = System.nanoTime();
        String studyId = SyncLedger.studyId(study);
        ServerAddress address = server.address();
        int committed = 0;
        int total = 0;
        try (Connection c = server.open()) {
            String serverId = ServerSchema.check(c, address).serverId();
            long run = begin(c, study, studyId, laptop);
            SyncLedger.Pending pending = SyncLedger.pending(study, serverId, all);
            List<List<Long>> chunks = new ArrayList<>();
            List<Long> ids = pending.participantIds();
            for (int i = 0; i < ids.size(); i += batchSize) {
                chunks.add(ids.subList(i, Math.min(ids.size(), i + batchSize)));
            }
            // Batches are read one ahead of the one being sent, so memory holds two whatever the size of the study.
            List<Supplier<Batch>> plan = new ArrayList<>();
            if (!pending.sessions().isEmpty()) {
                plan.add(() -> SyncLedger.sessionBatch(pending));
            }
            for (List<Long> chunk : chunks) {
                plan.add(() -> SyncLedger.participantBatch(study, chunk));
            }
            if (!pending.conflicts().isEmpty()) {
                plan.add(() -> SyncLedger.conflictBatch(pending));
            }
            total = plan.size();
            long rowsSent = 0;
            long rowsAdded = 0;
            List<Long> times = new ArrayList<>();
            long reading = 0;
            long recording = 0;
            Future<Batch> next = plan.isEmpty() ? null : READER.submit(plan.get(0)::get);
            for (int k = 0; k < plan.size(); k++) {
                long t0 = System.nanoTime();
                Batch batch = take(next);
                next = k + 1 < plan.size() ? READER.submit(plan.get(k + 1)::get) : null;
                long t1 = System.nanoTime();
                long added = send(c, run, batch);
                long t2 = System.nanoTime();
                SyncLedger.recordSent(study, serverId, address.toString(), batch);
                reading += t1 - t0;
                recording += System.nanoTime() - t2;
                times.add((t2 - t1) / 1_000_000);
                committed++;
                rowsSent += batch.rows();
                rowsAdded += added;
                if (listener != null) {
                    listener.batchDone(committed, total, rowsSent);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT concord.finish_sync(?)")) {
                ps.setLong(1, run);
                ps.execute();
            }
            return new Report(studyId, committed, rowsSent, rowsAdded, ids.size(), conflicts(c, run), times,
                    reading / 1_000_000, recording / 1_000_000, (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            InputException base = ServerErrors.of(address, "sync", e);
            throw InputException.ofFile(address.toString(), base.problems().get(0).message() + ". " + committed
                    + " of " + total + " batches had been sent and are recorded in " + study.file().getFileName()
                    + "; the study file is otherwise unchanged. Run concord sync again to send the rest");
        }
    }

    /** The next batch, read on the reader thread; its failure as thrown there. */
    private static Batch take(Future<Batch> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the study", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static long begin(Connection c, Study study, String studyId, String laptop) throws SQLException {
        FormSource main = study.formSource();
        List<FormSource> forms = study.formSources();
        List<LocalAuthority> las = study.las();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT concord.begin_sync(?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, studyId);
            ps.setString(2, study.form().settings().formId());
            ps.setString(3, study.form().settings().formTitle());
            ps.setString(4, main.sha256());
            ps.setArray(5, text(c, forms, FormSource::sha256));
            ps.setArray(6, text(c, forms, FormSource::text));
            ps.setArray(7, text(c, las, LocalAuthority::code));
            ps.setArray(8, text(c, las, LocalAuthority::name));
            ps.setString(9, laptop);
            ps.setString(10, study.file().getFileName().toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Sends one batch in one transaction; returns the rows the server added. */
    private static long send(Connection c, long run, Batch b) throws SQLException {
        c.setAutoCommit(false);
        try {
            long added = 0;
            if (!b.sessions().isEmpty()) {
                List<SessionRow> s = b.sessions();
                added += call(c, "concord.put_sessions(?, ?, ?, ?, ?, ?, ?)", run, text(c, s, SessionRow::uuid),
                        text(c, s, SessionRow::laCode), text(c, s, SessionRow::researcher),
                        text(c, s, SessionRow::device), bigint(c, s, SessionRow::startedAt),
                        bigint(c, s, SessionRow::endedAt));
            }
            if (!b.participants().isEmpty()) {
                List<ParticipantRow> p = b.participants();
                added += call(c, "concord.put_participants(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", run,
                        text(c, p, ParticipantRow::uuid), text(c, p, ParticipantRow::code),
                        text(c, p, ParticipantRow::sessionUuid), text(c, p, ParticipantRow::laCode),
                        text(c, p, ParticipantRow::language), bigint(c, p, ParticipantRow::seed),
                        bigint(c, p, ParticipantRow::startedAt), bigint(c, p, ParticipantRow::completedAt),
                        text(c, p, ParticipantRow::formSha256));
            }
            if (!b.answers().isEmpty()) {
                List<AnswerRow> a = b.answers();
                added += call(c, "concord.put_answers(?, ?, ?, ?, ?, ?, ?, ?)", run,
                        text(c, a, AnswerRow::participantUuid), text(c, a, AnswerRow::item),
                        integer(c, a, AnswerRow::revision), text(c, a, AnswerRow::value),
                        text(c, a, AnswerRow::language), bigint(c, a, AnswerRow::answeredAt),
                        text(c, a, AnswerRow::formSha256));
            }
            if (!b.paradata().isEmpty()) {
                List<ParadataRow> d = b.paradata();
                added += call(c, "concord.put_paradata(?, ?, ?, ?, ?)", run, text(c, d, ParadataRow::participantUuid),
                        text(c, d, ParadataRow::event), text(c, d, ParadataRow::detail),
                        bigint(c, d, ParadataRow::at));
            }
            if (!b.conflicts().isEmpty()) {
                List<ConflictRow> m = b.conflicts();
                added += call(c, "concord.put_merge_conflicts(?, ?, ?, ?, ?, ?, ?, ?)", run,
                        text(c, m, ConflictRow::participantUuid), text(c, m, ConflictRow::what),
                        integer(c, m, ConflictRow::revision), text(c, m, ConflictRow::kept),
                        text(c, m, ConflictRow::other), text(c, m, ConflictRow::otherFile),
                        bigint(c, m, ConflictRow::mergedAt));
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT concord.batch_done(?, ?, ?)")) {
                ps.setLong(1, run);
                ps.setLong(2, b.rows());
                ps.setLong(3, added);
                ps.execute();
            }
            c.commit();
            return added;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection is gone: the server rolls the transaction back itself
            }
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // as above
            }
        }
    }

    private static long call(Connection c, String function, long run, Array... arrays) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + function)) {
            ps.setLong(1, run);
            for (int i = 0; i < arrays.length; i++) {
                ps.setArray(i + 2, arrays[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } finally {
            for (Array a : arrays) {
                a.free();
            }
        }
    }

    private static List<String> conflicts(Connection c, long run) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT participant_uuid, code, what, revision, other"
                + " FROM concord.run_conflicts(?)")) {
            ps.setLong(1, run);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int revision = rs.getInt(4);
                    boolean field = rs.wasNull();
                    String other = rs.getString(5);
                    out.add("participant " + rs.getString(2) + " (" + rs.getString(1) + ") "
                            + (field ? rs.getString(3) : "item " + rs.getString(3) + " revision " + revision)
                            + ": this laptop has " + (other == null ? "(none)" : "\"" + other + "\"")
                            + ", the server has another value; both are kept on the server (the first one counts)");
                }
            }
        }
        return out;
    }

    private static <T> Array text(Connection c, List<T> rows, Function<T, String> f) throws SQLException {
        String[] out = new String[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.apply(rows.get(i));
        }
        return c.createArrayOf("text", out);
    }

    private static <T> Array bigint(Connection c, List<T> rows, Function<T, Long> f) throws SQLException {
        Long[] out = new Long[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.apply(rows.get(i));
        }
        return c.createArrayOf("bigint", out);
    }

    private static <T> Array integer(Connection c, List<T> rows, Function<T, Integer> f) throws SQLException {
        Integer[] out = new Integer[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.apply(rows.get(i));
        }
        return c.createArrayOf("integer", out);
    }
}
