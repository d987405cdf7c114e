package org.concord.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.study.ProgressRow;

/**
 * The studies on a server, the laptops that have sent to each and progress by LA and role group, read through the
 * status functions (counts only), so that fieldwork researchers may see them without any right to read answers.
 */
public final class ServerStatus {
    private ServerStatus() {
    }

    /** One study on the server. */
    public record StudyStatus(String studyId, String formId, String formTitle, Instant createdAt, long participants,
                              long completed, long answers, long conflicts, List<LaptopStatus> laptops,
                              List<ProgressRow> progress) {
        public StudyStatus {
            laptops = List.copyOf(laptops);
            progress = List.copyOf(progress);
        }
    }

    /** A laptop that has sent to a study: when first and last, from which file, and how many participants. */
    public record LaptopStatus(String laptop, Instant firstSync, Instant lastSync, String lastFile,
                               long participants) {
    }

    /** Every study on the server, oldest first. */
    public static List<StudyStatus> read(ServerConnection server) {
        try (Connection c = server.open()) {
            ServerSchema.check(c, server.address());
            List<StudyStatus> out = new ArrayList<>();
            List<Object[]> studies = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT study_id, form_id, form_title, created_at,"
                    + " participants, completed, answers, conflicts FROM concord.studies()");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    studies.add(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        instant(rs.getTimestamp(4)), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)});
                }
            }
            for (Object[] s : studies) {
                String id = (String) s[0];
                out.add(new StudyStatus(id, (String) s[1], (String) s[2], (Instant) s[3], (Long) s[4], (Long) s[5],
                        (Long) s[6], (Long) s[7], laptops(c, id), progress(c, id)));
            }
            return out;
        } catch (SQLException e) {
            throw ServerErrors.of(server.address(), "status", e);
        }
    }

    private static List<LaptopStatus> laptops(Connection c, String study) throws SQLException {
        List<LaptopStatus> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT laptop, first_sync_at, last_sync_at, last_file,"
                + " participants FROM concord.laptops(?::uuid)")) {
            ps.setString(1, study);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LaptopStatus(rs.getString(1), instant(rs.getTimestamp(2)),
                            instant(rs.getTimestamp(3)), rs.getString(4), rs.getLong(5)));
                }
            }
        }
        return out;
    }

    /** Started and completed participants by LA and role group ({@code leader}, {@code worker}, {@code unknown}). */
    private static List<ProgressRow> progress(Connection c, String study) throws SQLException {
        Map<String, String> groups = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT concord.study_form(?::uuid)")) {
            ps.setString(1, study);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getString(1) != null) {
                    Form form = FormLoader.fromSource(rs.getString(1));
                    form.roleQuestion().flatMap(form::choicesOf).ifPresent(list -> list.choices().stream()
                            .filter(choice -> choice.roleGroup() != null)
                            .forEach((Choice choice) -> groups.put(choice.name(), choice.roleGroup())));
                }
            }
        }
        Map<String, int[]> counts = new LinkedHashMap<>(); // "la \0 name \0 group" -> {started, completed}
        try (PreparedStatement ps = c.prepareStatement("SELECT la_code, la_name, role, started, completed"
                + " FROM concord.progress(?::uuid)")) {
            ps.setString(1, study);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String group = groups.getOrDefault(String.valueOf(rs.getString(3)), "unknown");
                    int[] n = counts.computeIfAbsent(rs.getString(1) + "\0" + rs.getString(2) + "\0" + group,
                            k -> new int[2]);
                    n[0] += rs.getInt(4);
                    n[1] += rs.getInt(5);
                }
            }
        }
        List<ProgressRow> out = new ArrayList<>();
        counts.forEach((key, n) -> {
            String[] k = key.split("\0", -1);
            out.add(new ProgressRow(k[0], "null".equals(k[1]) ? null : k[1], k[2], n[0], n[1]));
        });
        return out;
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
