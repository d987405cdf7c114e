package org.concord.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.concord.common.InputException;
import org.concord.common.OutputFile;
import org.concord.common.Problem;
import org.concord.forms.FormSource;

/**
 * Merges study files from several laptops into a new study: a union by participant UUID. A participant found in
 * several inputs with the same data is kept once; one whose history in one input continues the other's (a copied
 * study that was used further) gets the joined history; any difference is a conflict: the first input's value is
 * kept, and both values are reported and stored in the {@code merge_conflict} table. Nothing is silently overwritten
 * and the inputs are only read. Studies of different forms (SHA-256) are refused unless form versions are allowed;
 * then every participant and answer keeps the form version it was collected with.
 */
public final class StudyMerger {
    private StudyMerger() {
    }

    /**
     * Merges {@code inputs} into the new study {@code out} (which must not exist; it appears only once complete).
     *
     * @param allowFormVersions true to merge studies collected with different versions of the form
     */
    public static MergeReport merge(List<Path> inputs, Path out, boolean allowFormVersions) {
        return merge(inputs, out, allowFormVersions, false);
    }

    /**
     * As {@link #merge(List, Path, boolean)}; with {@code force} an existing {@code out} (not in use, not an input)
     * is replaced once the merged study is complete.
     */
    public static MergeReport merge(List<Path> inputs, Path out, boolean allowFormVersions, boolean force) {
        if (inputs.isEmpty()) {
            throw InputException.ofFile(null, "name at least one study file to merge");
        }
        checkNames(inputs, out, force);
        List<Study> studies = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            for (Path input : inputs) {
                try {
                    studies.add(Study.openReadOnly(input));
                } catch (InputException e) {
                    problems.addAll(e.problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            checkForms(studies, allowFormVersions);
            try (StudyLock lock = StudyLock.acquire(out)) {
                return mergeInto(studies, out);
            }
        } finally {
            studies.forEach(Study::close);
        }
    }

    private static void checkNames(List<Path> inputs, Path out, boolean force) {
        List<Problem> problems = new ArrayList<>(OutputFile.problems(out, force));
        Set<Path> seen = new LinkedHashSet<>();
        for (Path input : inputs) {
            Path real = real(input);
            if (!seen.add(real)) {
                problems.add(Problem.ofFile(input.toString(), "is named twice; name each study once"));
            }
            if (real.equals(real(out))) {
                problems.add(Problem.ofFile(input.toString(), "is both an input and the output; choose another"
                        + " --out file"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static void checkForms(List<Study> studies, boolean allowFormVersions) {
        Set<String> shas = new LinkedHashSet<>();
        for (Study s : studies) {
            s.formSources().forEach(f -> shas.add(f.sha256()));
        }
        if (shas.size() > 1 && !allowFormVersions) {
            List<Problem> problems = new ArrayList<>();
            for (Study s : studies) {
                problems.add(Problem.ofFile(s.file().toString(), "was collected with form " + describe(s)
                        + "; the studies were collected with different forms. Merge studies of one form, or pass"
                        + " --allow-form-versions to merge them with each answer keeping its form version"));
            }
            throw new InputException(problems);
        }
    }

    private static String describe(Study s) {
        String sha = s.formSource().sha256();
        return "SHA-256 " + sha.substring(0, 12) + "…"
                + (s.formSources().size() > 1 ? " (and " + (s.formSources().size() - 1) + " other versions)" : "");
    }

    private static MergeReport mergeInto(List<Study> studies, Path out) {
        Path temp = temporary(out);
        deleteStudyFiles(temp); // left by a merge into the same file that was killed (its lock was free)
        Study first = studies.get(0);
        Merge merge = new Merge();
        try {
            try (Study target = Study.create(temp, first.formSource(), unionLas(studies, merge.notes),
                    first.adminPin())) {
                Connection c = target.conn;
                c.setAutoCommit(false);
                try {
                    // The merged study is the same study as its first input (one identity on a server).
                    StudySql.putMeta(c, "study_uuid", SyncLedger.studyId(first));
                    for (Study input : studies) {
                        merge.copy(input, c);
                        input.checkUnchanged();
                    }
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
                merge.count(StudySql.counts(c)[0]);
            }
            StudyFiles.deleteCompanions(out); // an old study's log must not be applied to the new one
            OutputFile.move(temp, out);
        } catch (SQLException e) {
            throw StudySql.writeFailure(out, e);
        } catch (IOException e) {
            throw new StudyWriteException(out.toString(), "could not be written: " + e.getMessage(), e);
        } finally {
            deleteStudyFiles(temp);
        }
        merge.notes.add("admin PIN: the PIN of " + first.file());
        return new MergeReport(out, merge.participants, merge.added, merge.identical, merge.extended,
                merge.conflicts, merge.notes);
    }

    private static List<LocalAuthority> unionLas(List<Study> studies, List<String> notes) {
        Map<String, LocalAuthority> las = new LinkedHashMap<>();
        for (Study s : studies) {
            for (LocalAuthority la : s.las()) {
                LocalAuthority known = las.putIfAbsent(la.code(), la);
                if (known != null && !known.name().equals(la.name())) {
                    notes.add("LA " + la.code() + " is called \"" + known.name() + "\" in one study and \""
                            + la.name() + "\" in " + s.file() + "; kept \"" + known.name() + "\"");
                }
            }
        }
        return new ArrayList<>(las.values());
    }

    /** The name the merged study is built under, next to {@code out}, and moved to {@code out} when complete. */
    static Path temporary(Path out) {
        return out.toAbsolutePath().resolveSibling("." + out.getFileName() + ".merging");
    }

    /** Deletes a temporary study and every file SQLite and Concord keep beside it. */
    private static void deleteStudyFiles(Path study) {
        StudyFiles.deleteCompanions(study);
        for (Path file : List.of(study, StudyLock.lockFileOf(study),
                study.resolveSibling("." + study.getFileName() + ".creating"))) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover temporary file is harmless and is replaced by the next merge
            }
        }
    }

    /** The state of one merge: where each participant came from, and the counts. */
    private static final class Merge {
        final List<MergeReport.Conflict> conflicts = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final Map<UUID, String> origin = new HashMap<>();
        final Set<UUID> duplicated = new LinkedHashSet<>();
        final Set<UUID> extendedSet = new LinkedHashSet<>();
        final Set<UUID> conflicted = new LinkedHashSet<>();
        int participants;
        int added;
        int identical;
        int extended;

        /** Counts each participant once, by what happened to it over all inputs. */
        void count(int total) {
            participants = total;
            added = total - duplicated.size();
            for (UUID uuid : duplicated) {
                if (conflicted.contains(uuid)) {
                    continue;
                }
                if (extendedSet.contains(uuid)) {
                    extended++;
                } else {
                    identical++;
                }
            }
        }

        void copy(Study input, Connection out) throws SQLException {
            String file = input.file().toString();
            Map<Long, Long> forms = new HashMap<>();
            for (Object[] f : read(input, "SELECT id, sha256, text FROM form")) {
                forms.put((Long) f[0], StudySql.insertForm(out,
                        new FormSource((String) f[2], (String) f[1]), System.currentTimeMillis()));
            }
            Map<Long, Long> sessions = new HashMap<>();
            for (Object[] s : read(input, "SELECT id, uuid, la_code, researcher, device, started_at, ended_at"
                    + " FROM session")) {
                List<Object[]> known = rows(out, "SELECT id FROM session WHERE uuid = ?", s[1]);
                sessions.put((Long) s[0], known.isEmpty() ? StudySql.insertSession(out, (String) s[1],
                        (String) s[2], (String) s[3], (String) s[4], (Long) s[5], (Long) s[6])
                        : (Long) known.get(0)[0]);
            }
            for (Object[] p : read(input, "SELECT id, uuid, code, session_id, la_code, language, seed, started_at,"
                    + " completed_at, form_id FROM participant ORDER BY id")) {
                UUID uuid = UUID.fromString((String) p[1]);
                List<Object[]> known = rows(out, "SELECT p.id, p.code, s.uuid, p.la_code, p.language, p.seed,"
                        + " p.started_at, p.completed_at FROM participant p JOIN session s ON s.id = p.session_id"
                        + " WHERE p.uuid = ?", p[1]);
                List<Object[]> history = read(input, "SELECT item, revision, value, language, answered_at, form_id"
                        + " FROM answer WHERE participant_id = ? ORDER BY item, revision", p[0]);
                List<Object[]> paradata = read(input, "SELECT event, detail, at FROM paradata WHERE participant_id = ?"
                        + " ORDER BY id", p[0]);
                if (known.isEmpty()) {
                    long id = StudySql.insertParticipant(out, (String) p[1], (String) p[2], sessions.get((Long) p[3]),
                            (String) p[4], (String) p[5], (Long) p[6], (Long) p[7], (Long) p[8],
                            forms.get((Long) p[9]));
                    for (Object[] a : history) {
                        insertAnswer(out, id, a, forms);
                    }
                    for (Object[] d : paradata) {
                        StudySql.update(out, "INSERT INTO paradata(participant_id, event, detail, at)"
                                + " VALUES (?, ?, ?, ?)", id, d[0], d[1], d[2]);
                    }
                    origin.put(uuid, file);
                } else {
                    joinDuplicate(out, file, uuid, p, known.get(0), read(input, "SELECT uuid FROM session WHERE id = ?",
                            p[3]).get(0)[0], history, paradata, forms);
                }
            }
            for (Object[] m : read(input, "SELECT participant_uuid, item, revision, kept, other, other_file, merged_at"
                    + " FROM merge_conflict")) {
                StudySql.update(out, "INSERT INTO merge_conflict(participant_uuid, item, revision, kept, other,"
                        + " other_file, merged_at) VALUES (?, ?, ?, ?, ?, ?, ?)", m);
            }
        }

        private void joinDuplicate(Connection out, String file, UUID uuid, Object[] p, Object[] k,
                                   Object sessionUuid, List<Object[]> history, List<Object[]> paradata,
                                   Map<Long, Long> forms) throws SQLException {
            long id = (Long) k[0];
            String code = (String) k[1];
            boolean wasAdded = false;
            String[] fields = {"code", "session", "la_code", "language", "seed", "started_at"};
            Object[] mine = {p[2], sessionUuid, p[4], p[5], p[6], p[7]};
            Object[] theirs = {k[1], k[2], k[3], k[4], k[5], k[6]};
            for (int i = 0; i < fields.length; i++) {
                if (!Objects.equals(mine[i], theirs[i])) {
                    conflict(out, uuid, code, fields[i], 0, str(theirs[i]), str(mine[i]), file);
                }
            }
            if (p[8] != null && k[7] == null) {
                StudySql.update(out, "UPDATE participant SET completed_at = ? WHERE id = ?", p[8], id);
                wasAdded = true;
            } else if (p[8] != null && !p[8].equals(k[7])) {
                conflict(out, uuid, code, "completed_at", 0, str(k[7]), str(p[8]), file);
            }
            Map<String, Object[]> existing = new HashMap<>();
            for (Object[] a : rows(out, "SELECT item, revision, value, language, answered_at FROM answer"
                    + " WHERE participant_id = ?", id)) {
                existing.put(a[0] + "\u0000" + a[1], a);
            }
            Set<String> diverged = new LinkedHashSet<>();
            for (Object[] a : history) {
                Object[] e = existing.get(a[0] + "\u0000" + a[1]);
                if (diverged.contains((String) a[0])) {
                    conflict(out, uuid, code, (String) a[0], ((Long) a[1]).intValue(), e == null ? null : str(e[2]),
                            str(a[2]), file);
                } else if (e == null) {
                    insertAnswer(out, id, a, forms);
                    wasAdded = true;
                } else if (!Objects.equals(e[2], a[2]) || !Objects.equals(e[3], a[3])
                        || !Objects.equals(e[4], a[4])) {
                    // The histories part here: this and every later revision of the item in this input conflict.
                    diverged.add((String) a[0]);
                    conflict(out, uuid, code, (String) a[0], ((Long) a[1]).intValue(), str(e[2]), str(a[2]), file);
                }
            }
            Set<String> events = new HashSet<>();
            for (Object[] d : rows(out, "SELECT event, detail, at FROM paradata WHERE participant_id = ?", id)) {
                events.add(d[0] + "\u0000" + d[1] + "\u0000" + d[2]);
            }
            for (Object[] d : paradata) {
                if (events.add(d[0] + "\u0000" + d[1] + "\u0000" + d[2])) {
                    StudySql.update(out, "INSERT INTO paradata(participant_id, event, detail, at) VALUES (?, ?, ?, ?)",
                            id, d[0], d[1], d[2]);
                }
            }
            duplicated.add(uuid);
            if (wasAdded) {
                extendedSet.add(uuid);
            }
        }

        private void conflict(Connection out, UUID uuid, String code, String what, int revision, String kept,
                              String other, String file) throws SQLException {
            conflicted.add(uuid);
            conflicts.add(new MergeReport.Conflict(uuid, code, what, revision, kept, other, origin.get(uuid), file));
            StudySql.update(out, "INSERT INTO merge_conflict(participant_uuid, item, revision, kept, other,"
                    + " other_file, merged_at) VALUES (?, ?, ?, ?, ?, ?, ?)", uuid.toString(), what,
                    revision == 0 ? null : (long) revision, kept, other, file, System.currentTimeMillis());
        }

        private static void insertAnswer(Connection out, long participantId, Object[] a, Map<Long, Long> forms)
                throws SQLException {
            StudySql.update(out, "INSERT INTO answer(participant_id, item, revision, value, language, answered_at,"
                    + " form_id) VALUES (?, ?, ?, ?, ?, ?, ?)", participantId, a[0], a[1], a[2], a[3], a[4],
                    forms.get((Long) a[5]));
        }

        private static String str(Object value) {
            return value == null ? null : value.toString();
        }
    }

    /** The rows of a query on an input; a failure names the input (damaged), not the merged study. */
    private static List<Object[]> read(Study input, String sql, Object... args) {
        try {
            return rows(input.conn, sql, args);
        } catch (SQLException e) {
            throw InputException.ofFile(input.file().toString(), "could not be read, it is damaged ("
                    + StudyFileCheck.sqliteMessage(e) + "); restore it from a backup copy or from the laptop it was"
                    + " collected on, or merge the other studies without it");
        }
    }

    /** All rows of a query as objects (Long for integers, String for text, null). */
    static List<Object[]> rows(Connection c, String sql, Object... args) throws SQLException {
        List<Object[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            StudySql.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        Object v = rs.getObject(i + 1);
                        row[i] = v instanceof Integer x ? Long.valueOf(x) : v;
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }
}
