package org.concord.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.concord.common.InputException;
import org.concord.forms.Form;
import org.concord.forms.FormSource;

/**
 * One fieldwork study file ({@code *.concord}, SQLite). Every write is committed (WAL, {@code synchronous=FULL})
 * before the method returns, so an answer that the app has shown as saved survives a power cut or {@code kill -9}.
 * Only one program may have a study open for writing; {@link #openReadOnly} readers never modify the file. All methods
 * are thread-safe.
 */
public final class Study implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    final Connection conn;
    private final Path file;
    private final boolean readOnly;
    private final StudyLock lock;
    private final ReadConnection read;
    private WalCheckpointer checkpointer;
    private final FormSource formSource;
    private final long formId;
    private Form form;
    private final Map<UUID, Long> participantIds = new HashMap<>();
    private PreparedStatement insertAnswer;
    private PreparedStatement insertParadata;
    private boolean closed;

    private Study(Path file, Connection conn, boolean readOnly, StudyLock lock, ReadConnection read, Form form)
            throws SQLException {
        this.file = file;
        this.conn = conn;
        this.readOnly = readOnly;
        this.lock = lock;
        this.read = read;
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT f.id, f.text, f.sha256 FROM form f JOIN meta m"
                     + " ON m.key = 'form_sha256' AND m.value = f.sha256")) {
            rs.next();
            this.formId = rs.getLong(1);
            this.formSource = new FormSource(rs.getString(2), rs.getString(3));
        }
        this.form = form;
    }

    /**
     * Creates a new study file with its form snapshot, LA list and admin PIN, and opens it for writing.
     * Fails with {@link InputException} when the file exists.
     */
    public static Study create(Path file, Form form, List<LocalAuthority> las, char[] adminPin) {
        Study study = create(file, form.source(), las, AdminPin.create(adminPin));
        study.form = form;
        return study;
    }

    /** Creates a study from a stored form text and an already hashed PIN (used by merge). */
    static Study create(Path file, FormSource source, List<LocalAuthority> las, AdminPin pin) {
        if (!Sha256.hex(source.text()).equals(source.sha256())) {
            throw new IllegalArgumentException("the form's SHA-256 does not match its text");
        }
        if (Files.exists(file)) {
            throw InputException.ofFile(file.toString(), "already exists; choose another name for a new study"
                    + " (an existing study is opened, not created)");
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw InputException.ofFile(file.toString(), "the folder " + dir + " does not exist");
        }
        StudyLock lock = StudyLock.acquire(file);
        // Built under a temporary name and renamed into place, so a crash never leaves a half-made study.
        Path temp = dir.resolve("." + file.getFileName() + ".creating");
        try {
            Files.deleteIfExists(temp);
            StudySql.build(temp, source, las, pin);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return new Study(file, StudySql.openWriter(file), false, lock, null, null).withCheckpointer();
        } catch (SQLException | IOException e) {
            lock.close();
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort
            }
            throw new StudyWriteException(file.toString(), "could not create the study: " + message(e)
                    + "; check that the folder is writable and the disk has space", e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens a study for writing, upgrading an older schema. Refuses, without modifying it, a file that is not a
     * study, is damaged, is from a newer Concord or is read-only; throws {@link StudyInUseException} when another live
     * program has it open. A lock left by a killed program is taken over.
     */
    public static Study open(Path file) {
        int version = StudyFileCheck.check(file, true);
        StudyLock lock = StudyLock.acquire(file);
        try {
            Connection c = StudySql.openWriter(file);
            try {
                if (version < StudySchema.CURRENT_VERSION) {
                    StudySchema.migrate(c, version);
                }
                return new Study(file, c, false, lock, null, null).withCheckpointer();
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            lock.close();
            throw new StudyWriteException(file.toString(), "could not open the study for writing: " + message(e), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens a study for reading only: no lock, works while another program writes, never creates or changes anything
     * in the study's folder. One without a log is read as immutable; one with an older schema, or a log that cannot be
     * read in place (no index, or a read-only folder), through a temporary copy.
     */
    public static Study openReadOnly(Path file) {
        ReadConnection read = ReadConnection.open(file);
        try {
            return new Study(file, read.connection(), true, null, read, null);
        } catch (SQLException | RuntimeException e) {
            read.close();
            throw InputException.ofFile(file.toString(), "could not be read: " + message(e));
        }
    }

    /** Starts the background checkpoints of a writable study; closes the connection when they cannot start. */
    private Study withCheckpointer() throws SQLException {
        try {
            checkpointer = WalCheckpointer.start(file, this);
        } catch (SQLException e) {
            conn.close();
            throw e;
        }
        return this;
    }

    /**
     * When opening found the lock of a program that had died with the study open (a crash, a pulled plug), who that
     * was ({@code host/pid since time}); null otherwise. The app can then offer to resume unfinished participants.
     */
    public String staleLockHolder() {
        return lock == null ? null : lock.previousHolder();
    }

    /** The study file. */
    public Path file() {
        return file;
    }

    /** True when opened with {@link #openReadOnly}. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The form the study collects, loaded from the stored form text. */
    public synchronized Form form() {
        if (form == null) {
            form = FormText.load(formSource.text());
        }
        return form;
    }

    /** The stored form text and its SHA-256. */
    public FormSource formSource() {
        return formSource;
    }

    /** Every form version whose data the file holds (more than one only in a merge made with form versions allowed). */
    public synchronized List<FormSource> formSources() {
        return query(() -> StudySql.formSources(conn));
    }

    /** The LA list in its order. */
    public synchronized List<LocalAuthority> las() {
        return query(() -> StudySql.las(conn));
    }

    /** Replaces the LA list; an LA that has sessions cannot be removed ({@link IllegalArgumentException}). */
    public synchronized void setLas(List<LocalAuthority> las) {
        writable();
        write(() -> {
            conn.setAutoCommit(false);
            try {
                StudySql.replaceLas(conn, las);
                conn.commit();
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
            return null;
        });
    }

    /** True when {@code pin} is the admin PIN. */
    public synchronized boolean checkPin(char[] pin) {
        Map<String, String> meta = query(() -> StudySql.meta(conn));
        return new AdminPin(meta.get("pin_salt"), meta.get("pin_hash"), Integer.parseInt(meta.get("pin_iterations")))
                .matches(pin);
    }

    /** Replaces the admin PIN. */
    public synchronized void setPin(char[] pin) {
        writable();
        AdminPin hashed = AdminPin.create(pin);
        write(() -> {
            StudySql.putMeta(conn, "pin_salt", hashed.salt());
            StudySql.putMeta(conn, "pin_hash", hashed.hash());
            StudySql.putMeta(conn, "pin_iterations", Integer.toString(hashed.iterations()));
            return null;
        });
    }

    /**
     * Replaces the admin PIN with {@code newPin} only when {@code oldPin} is the current one, in one step: false (and
     * nothing changed) when {@code oldPin} is wrong. The new PIN must follow {@link PinRule}
     * ({@link IllegalArgumentException} otherwise).
     */
    public synchronized boolean changePin(char[] oldPin, char[] newPin) {
        writable();
        if (!PinRule.check(newPin, newPin).isEmpty()) {
            throw new IllegalArgumentException("the new PIN must be at least " + PinRule.MIN_LENGTH + " digits");
        }
        if (!checkPin(oldPin)) {
            return false;
        }
        setPin(newPin);
        return true;
    }

    /** True when {@code other} has the same admin PIN record as this study (a copy of it, or merged from it). */
    public synchronized boolean samePinAs(Study other) {
        return adminPin().equals(other.adminPin());
    }

    /**
     * The codes of the LAs that fieldwork has used (a session or a participant refers to them): they can be renamed
     * but not removed from the list.
     */
    public synchronized Set<String> lasInUse() {
        return query(() -> StudySql.lasInUse(conn));
    }

    AdminPin adminPin() {
        Map<String, String> meta = query(() -> StudySql.meta(conn));
        return new AdminPin(meta.get("pin_salt"), meta.get("pin_hash"), Integer.parseInt(meta.get("pin_iterations")));
    }

    /** Starts a fieldwork session in an LA of the list; the device is this computer's name. */
    public synchronized FieldworkSession startSession(String laCode, String researcherInitials) {
        writable();
        if (las().stream().noneMatch(la -> la.code().equals(laCode))) {
            throw new IllegalArgumentException("LA " + laCode + " is not in the study's LA list");
        }
        long now = System.currentTimeMillis();
        long id = write(() -> StudySql.insertSession(conn, UUID.randomUUID().toString(), laCode,
                researcherInitials, StudyLock.host(), now, null));
        return new FieldworkSession(id, laCode, researcherInitials, StudyLock.host(), Instant.ofEpochMilli(now), null);
    }

    /** Ends a session (no effect when it has ended already). */
    public synchronized void endSession(long sessionId) {
        writable();
        write(() -> StudySql.update(conn, "UPDATE session SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                System.currentTimeMillis(), sessionId));
    }

    /** Every fieldwork session, oldest first. */
    public synchronized List<FieldworkSession> sessions() {
        return query(() -> StudySql.sessions(conn));
    }

    /** Creates a participant in an open session: random UUID, short readable code, random seed. */
    public synchronized Participant createParticipant(long sessionId, String language) {
        writable();
        FieldworkSession session = sessions().stream().filter(s -> s.id() == sessionId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fieldwork session " + sessionId));
        if (session.endedAt() != null) {
            throw new IllegalStateException("fieldwork session " + sessionId + " has ended");
        }
        UUID uuid = UUID.randomUUID();
        long seed = RANDOM.nextLong();
        String code = write(() -> {
            String candidate = ParticipantCodes.next();
            while (StudySql.codeExists(conn, candidate)) {
                candidate = ParticipantCodes.next();
            }
            long id = StudySql.insertParticipant(conn, uuid.toString(), candidate, sessionId, session.laCode(),
                    language, seed, System.currentTimeMillis(), null, formId);
            participantIds.put(uuid, id);
            return candidate;
        });
        return new Participant(uuid, code, sessionId, session.laCode(), language, seed);
    }

    /**
     * Saves an answer as a new revision (value null = cleared) and returns only once it is committed to disk.
     * Throws {@link StudyWriteException} when it could not be saved (disk full, drive removed).
     */
    public synchronized void saveAnswer(UUID participant, String item, String value, String language) {
        writable();
        if (item == null || item.isBlank()) {
            throw new IllegalArgumentException("an answer needs an item name");
        }
        long pid = participantId(participant);
        write(() -> {
            if (insertAnswer == null) {
                insertAnswer = conn.prepareStatement("INSERT INTO answer(participant_id, item, revision, value,"
                        + " language, answered_at, form_id) SELECT ?1, ?2, COALESCE(MAX(revision), 0) + 1, ?3, ?4,"
                        + " ?5, ?6 FROM answer WHERE participant_id = ?1 AND item = ?2");
            }
            insertAnswer.setLong(1, pid);
            insertAnswer.setString(2, item);
            insertAnswer.setString(3, value);
            insertAnswer.setString(4, language);
            insertAnswer.setLong(5, System.currentTimeMillis());
            insertAnswer.setLong(6, formId);
            return insertAnswer.executeUpdate();
        });
    }

    /** Records a paradata event ({@code page_shown}, {@code page_left}, {@code language}, {@code submitted}). */
    public synchronized void recordParadata(UUID participant, String event, String detail) {
        writable();
        long pid = participantId(participant);
        write(() -> {
            if (insertParadata == null) {
                insertParadata = conn.prepareStatement(
                        "INSERT INTO paradata(participant_id, event, detail, at) VALUES (?, ?, ?, ?)");
            }
            insertParadata.setLong(1, pid);
            insertParadata.setString(2, event);
            insertParadata.setString(3, detail);
            insertParadata.setLong(4, System.currentTimeMillis());
            return insertParadata.executeUpdate();
        });
    }

    /** Marks a participant as having submitted (no effect when already complete). */
    public synchronized void markComplete(UUID participant) {
        writable();
        long pid = participantId(participant);
        write(() -> StudySql.update(conn, "UPDATE participant SET completed_at = ? WHERE id = ?"
                + " AND completed_at IS NULL", System.currentTimeMillis(), pid));
    }

    /** Participants who have not submitted, oldest first, with what is needed to resume them. */
    public synchronized List<ParticipantState> unfinished() {
        return query(() -> StudySql.unfinished(conn));
    }

    /** The current answers of a participant by item; cleared answers are absent. */
    public synchronized Map<String, String> currentAnswers(UUID participant) {
        long pid = participantId(participant);
        return query(() -> StudySql.currentAnswers(conn, pid));
    }

    /** Every revision of every answer of a participant, by item then revision. */
    public synchronized List<AnswerRevision> history(UUID participant) {
        long pid = participantId(participant);
        return query(() -> StudySql.history(conn, pid));
    }

    /** The paradata of a participant in the order recorded. */
    public synchronized List<ParadataEvent> paradata(UUID participant) {
        long pid = participantId(participant);
        return query(() -> StudySql.paradata(conn, pid));
    }

    /** Started and completed participants per LA and role group ({@code leader}, {@code worker}, {@code unknown}). */
    public synchronized List<ProgressRow> progress() {
        Map<String, String> groups = StudySql.roleGroups(form());
        return query(() -> StudySql.progress(conn, las(), groups));
    }

    /** The current value of every answer of every participant, completed or not. */
    public List<ResponseRow> responses() {
        return responses(false);
    }

    /** The current value of every answer, of every participant or of completed participants only. */
    public List<ResponseRow> responses(boolean completedOnly) {
        List<ResponseRow> rows = new ArrayList<>();
        forEachParticipant(completedOnly, p -> rows.addAll(p.answers()));
        return rows;
    }

    /**
     * Streams every participant with their current answers, in the order they started, holding one participant in
     * memory at a time (for exports of any size).
     */
    public synchronized void forEachParticipant(boolean completedOnly, Consumer<ParticipantAnswers> consumer) {
        query(() -> {
            StudySql.forEachParticipant(conn, completedOnly, consumer);
            return null;
        });
        checkUnchanged();
    }

    /** Throws when a study opened read-only was changed by a writer while it was read (see ReadConnection). */
    void checkUnchanged() {
        if (read != null) {
            read.checkUnchanged(file);
        }
    }

    /** Every item that has at least one saved answer, sorted by name. */
    public synchronized List<String> answeredItems() {
        return query(() -> StudySql.answeredItems(conn));
    }

    /** The number of participants, and of those completed. */
    public synchronized int[] participantCounts() {
        return query(() -> StudySql.counts(conn));
    }

    /** Checkpoints and truncates the write-ahead log, closes the file and releases the lock. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true; // from here on no method uses the connection
        }
        // Outside the monitor: the checkpoint thread may be waiting for it to finish its last checkpoint.
        if (checkpointer != null) {
            checkpointer.close();
        }
        closeConnection();
    }

    private synchronized void closeConnection() {
        try {
            conn.close();
        } catch (SQLException e) {
            // Every write was committed when it returned; nothing is lost by a failing close.
        } finally {
            if (lock != null) {
                lock.close();
            }
            if (read != null) {
                UpgradedCopy.delete(read.copy());
            }
        }
    }

    /** The background checkpointer of a writable study; null when read-only (for tests). */
    WalCheckpointer checkpointer() {
        return checkpointer;
    }

    /** Drops cached row ids after a rolled-back batch: the participants they point to were never written. */
    synchronized void forgetRolledBack() {
        participantIds.clear();
    }

    private long participantId(UUID participant) {
        Long id = participantIds.get(participant);
        if (id == null) {
            id = query(() -> StudySql.participantId(conn, participant.toString()));
            if (id == null) {
                throw new IllegalArgumentException("no participant " + participant + " in " + file.getFileName());
            }
            participantIds.put(participant, id);
        }
        return id;
    }

    private void writable() {
        open();
        if (readOnly) {
            throw new IllegalStateException(file.getFileName() + " was opened read-only");
        }
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException(file.getFileName() + " is closed");
        }
    }

    /** A database action. */
    interface SqlAction<T> {
        T run() throws SQLException;
    }

    private <T> T query(SqlAction<T> action) {
        open();
        try {
            return action.run();
        } catch (SQLException e) {
            throw InputException.ofFile(file.toString(), "could not be read: " + message(e));
        }
    }

    private <T> T write(SqlAction<T> action) {
        try {
            T result = action.run();
            checkpointer.written();
            return result;
        } catch (SQLException e) {
            throw StudySql.writeFailure(file, e);
        }
    }

    static String message(Exception e) {
        return e instanceof SQLException sql ? StudyFileCheck.sqliteMessage(sql) : String.valueOf(e.getMessage());
    }
}
