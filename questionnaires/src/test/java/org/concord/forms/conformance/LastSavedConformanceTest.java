package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.forms.conformance.Conformance.CONTEXT;
import static org.concord.forms.conformance.Conformance.errors;
import static org.concord.forms.conformance.Conformance.load;
import static org.concord.forms.conformance.Conformance.saved;
import static org.concord.forms.conformance.Conformance.warnings;

import java.util.Map;
import org.concord.forms.Choice;
import org.concord.forms.Question;
import org.concord.session.FormSession;
import org.junit.jupiter.api.Test;

/**
 * {@code ${last-saved#q}}: q's answer in the previous submission on this laptop, in a default, a calculation, a
 * relevant, a choice_filter, a label and a trigger (read as {@code ${q}}, as pyxform does), each use warned.
 */
class LastSavedConformanceTest {
    private static final String WARNING = " from the previous participant's submission on this laptop: a participant "
            + "may see another's answer; use it only for questions the researcher answers (site, interviewer)";

    private static FormSession session(Map<String, String> previous) {
        return FormSession.start(load("last-saved"), Map.of(), "default", 1, CONTEXT.withLastSaved(previous));
    }

    @Test
    void everyUseIsWarned() {
        assertThat(warnings("last-saved")).containsExactly(
                "last-saved/survey.csv row 2, column default: ${last-saved#site} copies site" + WARNING,
                "last-saved/survey.csv row 3, column calculation: ${last-saved#visit} copies visit" + WARNING,
                "last-saved/survey.csv row 4, column choice_filter: ${last-saved#team} copies team" + WARNING,
                "last-saved/survey.csv row 5, column relevant: ${last-saved#site} copies site" + WARNING,
                "last-saved/survey.csv row 6, column label: ${last-saved#site} copies site" + WARNING,
                "last-saved/survey.csv row 7, column trigger: trigger ${last-saved#site} is read as ${site}, as "
                        + "pyxform reads it: the calculation is set when site changes");
    }

    @Test
    void aNameThatIsNoQuestionOfTheFormIsRefused() {
        assertThat(errors("last-saved-bad")).containsExactly(
                "last-saved-bad/survey.csv row 3, column default: unknown name ${last-saved#sit}: the previous "
                        + "submission has the questions of this form; did you mean ${last-saved#site}?",
                "last-saved-bad/survey.csv row 5, column default: ${last-saved#place} names group place, not a "
                        + "question; refer to a question instead");
    }

    @Test
    void aNewParticipantStartsFromThePreviousSubmission() {
        FormSession s = session(Map.of("site", "Cardiff West", "visit", "3", "team", "blue"));
        Map<String, String> start = saved(s.recordStart(true));
        assertThat(start).as("saved at the start").containsEntry("site", "Cardiff West").containsEntry("visit", "4")
                .doesNotContainKey("site_copy");
        Question team = s.form().question("team").orElseThrow();
        assertThat(s.choices(team)).extracting(Choice::name).as("the previous team is filtered out")
                .containsExactly("red", "green");
        Question same = s.form().question("same_site").orElseThrow();
        assertThat(s.isRelevant(same)).as("relevant: site = the previous site").isTrue();
        s.setAnswer("site", "Swansea");
        assertThat(s.isRelevant(same)).as("relevant after site changed to Swansea").isFalse();
        assertThat(s.answer("site_copy")).as("site_copy, triggered by site").isEqualTo("Swansea");
    }

    @Test
    void withNoPreviousSubmissionItIsEmpty() {
        FormSession s = session(Map.of());
        Map<String, String> start = saved(s.recordStart(true));
        assertThat(start).as("saved at the start").doesNotContainKey("site").containsEntry("visit", "1");
        Question team = s.form().question("team").orElseThrow();
        assertThat(s.choices(team)).extracting(Choice::name).containsExactly("red", "blue", "green");
        assertThat(s.isRelevant(s.form().question("same_site").orElseThrow()))
                .as("'' = '' with no site and no previous one").isTrue();
    }
}
