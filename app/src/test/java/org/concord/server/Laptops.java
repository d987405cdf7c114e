package org.concord.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.concord.forms.ChoiceList;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.forms.Question;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.concord.study.StudyBatch;
import org.concord.study.StudyBatch.BulkAnswer;
import org.concord.study.StudyBatch.BulkParticipant;

/**
 * Study files as fieldwork laptops make them, for the server tests: the bundled form, participants with a role and an
 * answer to every values item, some answers revised and some paradata; and row counts of a file and of a server study.
 */
final class Laptops {
    static final Form FORM = FormLoader.loadBundled(FormLoader.DEFAULT_FORM);

    private Laptops() {
    }

    /** LA codes {@code E09000000}, {@code E09000001}, ... */
    static List<LocalAuthority> las(int n) {
        List<LocalAuthority> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new LocalAuthority(String.format("E0900%04d", i), "Authority " + i));
        }
        return out;
    }

    /** A new study with {@code las} LAs (open for writing). */
    static Study create(Path file, int las) {
        return Study.create(file, FORM, las(las), "1234".toCharArray());
    }

    /**
     * Adds a session of {@code leaders + workers} completed participants to LA {@code la}, each answering role and
     * every values item, then revises the first values item of every 5th and records paradata for every 3rd (one
     * commit each, as the kiosk does). Returns the participants' UUIDs.
     */
    static List<UUID> fill(Study study, String la, int leaders, int workers, long seed) {
        Random random = new Random(seed);
        Question role = FORM.roleQuestion().orElseThrow();
        ChoiceList roles = FORM.choicesOf(role).orElseThrow();
        String leader = roles.choices().stream().filter(c -> "leader".equals(c.roleGroup())).findFirst()
                .orElseThrow().name();
        String worker = roles.choices().stream().filter(c -> "worker".equals(c.roleGroup())).findFirst()
                .orElseThrow().name();
        List<BulkParticipant> people = new ArrayList<>();
        long t = 1_767_000_000_000L + random.nextInt(1_000_000) * 1000L;
        for (int i = 0; i < leaders + workers; i++) {
            List<BulkAnswer> answers = new ArrayList<>();
            answers.add(new BulkAnswer(role.name(), i < leaders ? leader : worker, Instant.ofEpochMilli(t + 1)));
            int k = 2;
            for (Question item : FORM.valuesItems()) {
                int scale = FORM.scaleSize(item);
                answers.add(new BulkAnswer(item.name(), Integer.toString(1 + random.nextInt(scale)),
                        Instant.ofEpochMilli(t + k++)));
            }
            people.add(new BulkParticipant(new UUID(random.nextLong(), random.nextLong()), "en", random.nextLong(),
                    Instant.ofEpochMilli(t), Instant.ofEpochMilli(t + 600_000), answers));
            t += 700_000;
        }
        StudyBatch.importSession(study, la, "KT", "laptop", people);
        String first = FORM.valuesItems().get(0).name();
        for (int i = 0; i < people.size(); i++) {
            UUID id = people.get(i).id();
            if (i % 5 == 0) {
                study.saveAnswer(id, first, Integer.toString(1 + random.nextInt(FORM.scaleSize(
                        FORM.valuesItems().get(0)))), "en");
            }
            if (i % 3 == 0) {
                study.recordParadata(id, "page_shown", "values_1");
                study.recordParadata(id, "language", "cy");
            }
        }
        return people.stream().map(BulkParticipant::id).toList();
    }

    /** Rows in a study file: {participants, answer revisions, paradata, sessions, merge conflicts}. */
    static long[] fileCounts(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()
                + "?open_mode=1"); Statement st = c.createStatement()) {
            long[] out = new long[5];
            String[] tables = {"participant", "answer", "paradata", "session", "merge_conflict"};
            for (int i = 0; i < tables.length; i++) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + tables[i])) {
                    rs.next();
                    out[i] = rs.getLong(1);
                }
            }
            return out;
        }
    }

    /** Rows of a study on the server: {participants, answer revisions, paradata, sessions, conflicts}. */
    static long[] serverCounts(Connection admin, String studyId) throws SQLException {
        long[] out = new long[5];
        String[] tables = {"participant", "answer", "paradata", "session", "conflict"};
        for (int i = 0; i < tables.length; i++) {
            try (PreparedStatement ps = admin.prepareStatement("SELECT COUNT(*) FROM concord." + tables[i]
                    + " WHERE study_id = ?::uuid")) {
                ps.setString(1, studyId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out[i] = rs.getLong(1);
                }
            }
        }
        return out;
    }

    /** Every answer revision of a study on the server as "participant item revision value" lines, sorted. */
    static List<String> serverAnswers(Connection admin, String studyId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = admin.prepareStatement("SELECT participant_uuid, item, revision, value,"
                + " concord.ms_of(answered_at) FROM concord.answer WHERE study_id = ?::uuid"
                + " ORDER BY 1, 2, 3")) {
            ps.setString(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getString(4)
                            + " " + rs.getLong(5));
                }
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    /** The same lines from a study file. */
    static List<String> fileAnswers(Path file) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath() + "?open_mode=1");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT p.uuid, a.item, a.revision, a.value, a.answered_at FROM answer a"
                     + " JOIN participant p ON p.id = a.participant_id ORDER BY 1, 2, 3")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getString(4) + " "
                        + rs.getLong(5));
            }
        }
        java.util.Collections.sort(out);
        return out;
    }
}
