package org.concord.study.export.wide;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.concord.forms.FormLoader;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;

/**
 * A study of the {@code stats-export} test form with answers that test the SPSS and Stata exports: Welsh text,
 * every question type, a very long text, names the packages refuse, an answer the form does not list and an item
 * the form does not have.
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
        }
    }

    private static void answer(Study s, UUID p, String item, String value) {
        s.saveAnswer(p, item, value, "en");
    }
}
