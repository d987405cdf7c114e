package org.concord.study.export.wide;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.forms.FormLoader;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;

/**
 * A study of the {@code stats-export} test form with answers that test the SPSS and Stata exports: Welsh text,
 * every question type, a very long text, names the packages refuse, an answer the form does not list and an item
 * the form does not have, a scale answer off the scale.
 */
public final class StatsExportFixture {
    /** Text with the Welsh letters that must survive. */
    public static final String WELSH = "Dŵr, tŷ a châr: ŵ ŷ â Ŵ Ŷ Â";
    /** A text of 600 bytes: a very long string in SPSS, str600 in Stata. */
    public static final String LONG_600 = "ŵ".repeat(100) + "x".repeat(400);
    /** A text of 3000 bytes: a strL in Stata. */
    public static final String LONG_3000 = "â".repeat(1000) + "y".repeat(1000);

    public UUID leader;
    public UUID worker;
    public UUID nobody;

    /** Creates the study at {@code file} and closes it. */
    public void create(Path file) {
        Path form = Path.of("src/test/resources/forms/stats-export");
        try (Study s = Study.create(file, FormLoader.load(form), List.of(new LocalAuthority("W06000015", "Caerdydd"),
                new LocalAuthority("W06000011", "Abertawe")), "2468".toCharArray())) {
            long cardiff = s.startSession("W06000015", "RJ").id();
            leader = s.createParticipant(cardiff, "en").id();
            answer(s, leader, "consent", "OK");
            answer(s, leader, "role", "tm");
            answer(s, leader, "years", "12");
            answer(s, leader, "hours", "37.5");
            answer(s, leader, "v_needs1", "4");
            answer(s, leader, "v_needs2", "2");
            answer(s, leader, "supports", "supervision other");
            answer(s, leader, "place", "office");
            answer(s, leader, "by", WELSH);
            answer(s, leader, "_n", LONG_600);
            answer(s, leader, "all", "3");
            answer(s, leader, "a_very_long_question_name_that_goes_past_32_one", "one");
            answer(s, leader, "a_very_long_question_name_that_goes_past_32_two", "two");
            answer(s, leader, "dash-and.dot", "dd");
            answer(s, leader, "ŵyr", "ŵ");
            answer(s, leader, "is_leader", "1");
            s.markComplete(leader);
            long swansea = s.startSession("W06000011", "CD").id();
            worker = s.createParticipant(swansea, "cy").id();
            answer(s, worker, "consent", "OK");
            answer(s, worker, "role", "sw");
            answer(s, worker, "hours", "-0.25");
            answer(s, worker, "v_needs1", "5");
            answer(s, worker, "supports", "peer");
            answer(s, worker, "place", "garden");
            answer(s, worker, "by", LONG_3000);
            answer(s, worker, "legacy_item", "from an older form");
            answer(s, worker, "is_leader", "0");
            nobody = s.createParticipant(swansea, "cy").id();
            answer(s, nobody, "consent", "OK");
            answer(s, nobody, "v_needs2", "7"); // not on the 1..5 scale: kept as 7, labelled "7"
        }
    }

    /**
     * The {@code VALUE name row value} lines ({@link ReadBack}) every reader must print for this study, variables
     * named by {@code rename} (the format's rewriting of Concord's names).
     */
    public List<String> expectedValues(Path file, Map<String, String> rename) {
        List<String[]> times = new ArrayList<>();
        try (Study s = Study.openReadOnly(file)) {
            s.forEachParticipant(false, p -> times.add(new String[] {Long.toString(p.startedAt().toEpochMilli()),
                    p.completedAt() == null ? "NA" : Long.toString(p.completedAt().toEpochMilli())}));
        }
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("participant_id", List.of(leader.toString(), worker.toString(), nobody.toString()));
        columns.put("la_code", List.of("W06000015", "W06000011", "W06000011"));
        columns.put("la_name", List.of("Caerdydd", "Abertawe", "Abertawe"));
        columns.put("role_group", List.of("1", "2", "NA"));
        columns.put("started_at", times.stream().map(t -> t[0]).toList());
        columns.put("completed_at", times.stream().map(t -> t[1]).toList());
        columns.put("consent", List.of("OK", "OK", "OK"));
        columns.put("role", List.of("1", "2", "NA"));
        columns.put("years", List.of("12", "NA", "NA"));
        columns.put("hours", List.of("37.5", "-0.25", "NA"));
        columns.put("v_needs1", List.of("4", "5", "NA"));
        columns.put("v_needs2", List.of("2", "NA", "7"));
        columns.put("supports_supervision", List.of("1", "0", "NA"));
        columns.put("supports_peer", List.of("0", "1", "NA"));
        columns.put("supports_other", List.of("1", "0", "NA"));
        columns.put("place", List.of("1", "3", "NA"));
        columns.put("by", List.of(WELSH, LONG_3000, ""));
        columns.put("_n", List.of(LONG_600, "", ""));
        columns.put("all", List.of("3", "NA", "NA"));
        columns.put("a_very_long_question_name_that_goes_past_32_one", List.of("one", "", ""));
        columns.put("a_very_long_question_name_that_goes_past_32_two", List.of("two", "", ""));
        columns.put("dash-and.dot", List.of("dd", "", ""));
        columns.put("ŵyr", List.of("ŵ", "", ""));
        columns.put("is_leader", List.of("1", "0", "NA"));
        columns.put("legacy_item", List.of("", "from an older form", ""));
        List<String> lines = new ArrayList<>();
        columns.forEach((name, values) -> {
            for (int i = 0; i < values.size(); i++) {
                lines.add("VALUE\t" + rename.getOrDefault(name, name) + "\t" + (i + 1) + "\t" + values.get(i));
            }
        });
        return lines;
    }

    private static void answer(Study s, UUID p, String item, String value) {
        s.saveAnswer(p, item, value, "en");
    }
}
