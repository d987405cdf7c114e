package org.concord.app.ui;

import java.nio.file.Path;
import java.util.List;
import org.concord.app.base.settings.Settings;
import org.concord.study.FieldworkSession;
import org.concord.study.LocalAuthority;
import org.concord.study.Participant;
import org.concord.study.Study;

/** The studies and the window that the researcher GUI tests start from, made the same way in each. */
final class ResearcherGuiSupport {
    /** The researcher's PIN of the tests' studies. */
    static final String PIN = "8642";
    static final LocalAuthority CARDIFF = new LocalAuthority("W06000015", "Cardiff");
    static final LocalAuthority SWANSEA = new LocalAuthority("W06000011", "Swansea");

    private ResearcherGuiSupport() {
    }

    /** The researcher window with default settings, kept in {@code dir}'s {@code settings.properties}. */
    static ResearcherGui launch(Path dir) {
        return launch(dir, Settings.DEFAULT);
    }

    /** The researcher window with {@code settings}, kept in {@code dir}'s {@code settings.properties}. */
    static ResearcherGui launch(Path dir, Settings settings) {
        return new ResearcherGui(dir.resolve("settings.properties"), settings);
    }

    /** The study files of two laptops of one visit. */
    record Laptops(Path first, Path second) {
    }

    /**
     * The studies of two laptops of one visit, named {@code first} and {@code second} in {@code dir}, that differ in
     * everything a merge checks: the first lists Cardiff and Swansea (a participant by AB), the second Cardiff named
     * in Welsh and Powys (a participant by CD); one PIN.
     */
    static Laptops twoLaptops(Path dir, String first, String second, String pin) {
        Laptops laptops = new Laptops(dir.resolve(first), dir.resolve(second));
        ResearcherGui.study(laptops.first(), List.of(CARDIFF, SWANSEA), pin, "AB");
        ResearcherGui.study(laptops.second(), List.of(new LocalAuthority("W06000015", "Caerdydd"),
                new LocalAuthority("W06000023", "Powys")), pin, "CD");
        return laptops;
    }

    /**
     * A session in Cardiff by {@code initials} of completed participants of the first role, one for each answer of
     * {@code firstItemAnswers}: the answer the participant gives to the first values item.
     */
    static void completedSession(Study study, String initials, List<String> firstItemAnswers) {
        FieldworkSession session = study.startSession(CARDIFF.code(), initials);
        String role = study.form().choicesOf(study.form().roleQuestion().orElseThrow()).orElseThrow()
                .choices().get(0).name();
        for (String answer : firstItemAnswers) {
            Participant p = study.createParticipant(session.id(), "en");
            study.saveAnswer(p.id(), "role", role, "en");
            study.saveAnswer(p.id(), study.form().valuesItems().get(0).name(), answer, "en");
            study.markComplete(p.id());
        }
        study.endSession(session.id());
    }
}
