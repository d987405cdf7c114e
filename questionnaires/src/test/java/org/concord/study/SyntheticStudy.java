package org.concord.study;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Builds large synthetic studies quickly (one transaction, not one commit per answer), for benchmarks. */
public final class SyntheticStudy {
    private SyntheticStudy() {
    }

    /**
     * Creates {@code file} with {@code participants} completed participants in 20 LAs, each with
     * {@code itemsPerParticipant} answers (every 20th answer has a second revision), and returns it open for writing.
     */
    public static Study create(Path file, int participants, int itemsPerParticipant, long seed) throws Exception {
        List<LocalAuthority> las = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            las.add(new LocalAuthority(String.format("E0900%04d", i), "Authority " + i));
        }
        Study study = Study.create(file, TestForms.sample(), las, "1234".toCharArray());
        Random random = new Random(seed);
        long[] sessions = new long[las.size()];
        for (int i = 0; i < las.size(); i++) {
            sessions[i] = study.startSession(las.get(i).code(), "SY").id();
        }
        String[] items = new String[itemsPerParticipant];
        String[] fixed = {"consent", "role", "years", "v1", "v2", "comment"};
        for (int i = 0; i < items.length; i++) {
            items[i] = i < fixed.length ? fixed[i] : String.format("w%02d", i - fixed.length + 1);
        }
        Connection c = study.conn;
        c.setAutoCommit(false);
        long t = 1_767_000_000_000L;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO participant(id, uuid, code, session_id, la_code,"
                + " language, seed, started_at, completed_at, form_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
             PreparedStatement a = c.prepareStatement("INSERT INTO answer(participant_id, item, revision, value,"
                     + " language, answered_at, form_id) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
            for (int id = 1; id <= participants; id++) {
                int la = random.nextInt(las.size());
                String language = random.nextInt(5) == 0 ? "cy" : "en";
                p.setLong(1, id);
                p.setString(2, new UUID(random.nextLong(), random.nextLong()).toString());
                p.setString(3, String.format("SYN-%06d", id));
                p.setLong(4, sessions[la]);
                p.setString(5, las.get(la).code());
                p.setString(6, language);
                p.setLong(7, random.nextLong());
                p.setLong(8, t);
                p.setLong(9, t + 900_000);
                p.executeUpdate();
                for (int i = 0; i < items.length; i++) {
                    int revisions = random.nextInt(20) == 0 ? 2 : 1;
                    for (int r = 1; r <= revisions; r++) {
                        a.setLong(1, id);
                        a.setString(2, items[i]);
                        a.setInt(3, r);
                        a.setString(4, value(items[i], random));
                        a.setString(5, language);
                        a.setLong(6, t + 1000L * i + r);
                        a.executeUpdate();
                    }
                }
                t += 60_000;
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
        return study;
    }

    private static String value(String item, Random random) {
        return switch (item) {
            case "consent" -> "OK";
            case "role" -> random.nextInt(4) == 0 ? "team_manager" : "social_worker";
            case "years" -> Integer.toString(random.nextInt(35));
            case "comment" -> random.nextInt(3) == 0 ? "=SUM(A1) sometimes text starts with a formula sign" : "ok";
            default -> Integer.toString(1 + random.nextInt(5));
        };
    }
}
