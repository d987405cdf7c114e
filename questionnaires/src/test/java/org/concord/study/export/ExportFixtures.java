package org.concord.study.export;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.concord.study.TestForms;

/** A small study with known answers, for export tests. */
final class ExportFixtures {
    /** Text answers that a spreadsheet would run as formulas if written naively. */
    static final List<String> DANGEROUS = List.of("=1+1", "+SUM(A1:A2)", "-2+3", "@SUM(A1)", "\t=1+2", "\r=3+4",
            "=HYPERLINK(\"http://evil.example\",\"click\")");

    /** Saves answers given as item, value, item, value... in this order, all in {@code language}. */
    static void save(Study study, UUID participant, String language, String... itemsAndValues) {
        for (int i = 0; i + 1 < itemsAndValues.length; i += 2) {
            study.saveAnswer(participant, itemsAndValues[i], itemsAndValues[i + 1], language);
        }
    }

    UUID leader;
    UUID worker;

    Study create(Path file) {
        Study study = Study.create(file, TestForms.sample(), List.of(new LocalAuthority("W06000015", "Cardiff"),
                new LocalAuthority("W06000011", "=Swansea")), "1234".toCharArray());
        long s1 = study.startSession("W06000015", "AB").id();
        leader = study.createParticipant(s1, "en").id();
        save(study, leader, "en", "consent", "OK", "v2", "2", "role", "team_manager", "v1", "3");
        study.saveAnswer(leader, "v1", "4", "cy");
        study.saveAnswer(leader, "years", "-1", "en");
        study.saveAnswer(leader, "comment", "to be cleared", "en");
        study.saveAnswer(leader, "comment", null, "en");
        study.markComplete(leader);
        long s2 = study.startSession("W06000011", "CD").id();
        worker = study.createParticipant(s2, "cy").id();
        study.saveAnswer(worker, "role", "social_worker", "cy");
        study.saveAnswer(worker, "comment", String.join("|", DANGEROUS), "cy");
        study.saveAnswer(worker, "v1", "5", "cy");
        return study;
    }
}
