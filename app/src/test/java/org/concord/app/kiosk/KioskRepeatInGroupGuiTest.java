package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.Map;
import java.util.UUID;
import org.concord.app.base.GuiWait;
import org.concord.app.ui.GuiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * A repeat inside a group with relevance (the shape KoboToolbox writes), in the real kiosk by keyboard only: the
 * instance pages are headed with the group's label, and answering No to the group's condition skips the group's pages
 * and every instance.
 */
class KioskRepeatInGroupGuiTest extends KioskCsvFormSupport {
    private static final String SURVEY = """
            type,name,label,relevant,repeat_count
            select_one yes_no,lives_with,Do you live with other people?,,
            begin_group,household,Your household,${lives_with} = 'yes',
            integer,n_people,How many other people live with you?,,
            begin_repeat,person,Person,,${n_people}
            text,person_name,Name,,
            end_repeat,,,,
            text,household_note,Anything else about your household?,,
            end_group,,,,
            text,comment,Comment,,
            """;

    private void openForm() {
        open(csvForm(Map.of("survey.csv", SURVEY, "choices.csv", YES_NO_CHOICES,
                "settings.csv", "form_id,form_title\nrepeat_in_group_kiosk,Household\n")), null);
    }

    /** On the first page: a choice key, then Enter. */
    private void livesWith(int key, String value, String nextPage) {
        startByKeyboard("lives_with");
        waitForFocus("q.lives_with.yes");
        robot.pressAndReleaseKey(key);
        GuiWait.equal("lives_with", () -> answer("lives_with"), value);
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage(nextPage);
    }

    /** Types into the text field of {@code question} and goes on with Enter to {@code nextPage}. */
    private void type(String question, String text, String nextPage) {
        waitForFocus("q." + question + ".text");
        robot.enterText(text);
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage(nextPage);
    }

    @Test
    void instancesOfARepeatInAGroupAreHeadedWithTheGroupsLabel() {
        openForm();
        livesWith(KeyEvent.VK_1, "yes", "household");
        GuiWait.equal("heading of the group's first page", this::title, "Your household");
        type("n_people", "2", "person[1]");
        GuiWait.equal("heading of instance 1", this::title, "Your household: Person 1 of 2");
        type("person_name[1]", "Alys", "person[2]");
        GuiWait.equal("heading of instance 2", this::title, "Your household: Person 2 of 2");
        GuiTestSupport.screenshot(window.target(), "kiosk-repeat-in-group-en");
        type("person_name[2]", "Bryn", "household_note");
        GuiWait.equal("heading of the rest of the group", this::title, "Your household");
        type("household_note", "Two flatmates", "comment");
        waitForFocus("q.comment.text");
        UUID id = submitByKeyboard();
        assertThat(study.currentAnswers(id)).as("stored answers").containsEntry("lives_with", "yes")
                .containsEntry("n_people", "2").containsEntry("person_name[1]", "Alys")
                .containsEntry("person_name[2]", "Bryn").containsEntry("household_note", "Two flatmates")
                .doesNotContainKey("person_name");
    }

    @Test
    void theReviewNamesTheGroupOfAnUnansweredInstanceQuestion() {
        openForm();
        livesWith(KeyEvent.VK_1, "yes", "household");
        type("n_people", "2", "person[1]");
        type("person_name[1]", "Alys", "person[2]");
        // Person 2's name, the household note and the comment left unanswered: Enter on each page.
        waitForFocus("q.person_name[2].text");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("household_note");
        waitForFocus("q.household_note.text");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("comment");
        waitForFocus("q.comment.text");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage(org.concord.session.FormSession.REVIEW_PAGE);
        String named = onEdt(() -> window.button("kiosk.review.goto.person_name[2]").target().getAccessibleContext()
                .getAccessibleName());
        GuiTestSupport.screenshot(window.target(), "kiosk-review-instance-in-group-en");
        assertThat(named).as("the review's button for person 2's name, as a screen reader reads it")
                .isEqualTo("Answer this question: Name (Your household: Person 2 of 2)");
    }

    @Test
    void noSkipsTheGroupAndEveryInstance() {
        openForm();
        livesWith(KeyEvent.VK_2, "no", "comment");
        GuiWait.equal("pages: the first, comment and review", () -> onEdt(() -> kiosk.session().pageCount()), 3);
        waitForFocus("q.comment.text");
        robot.enterText("Alone");
        UUID id = submitByKeyboard();
        assertThat(study.currentAnswers(id)).as("stored answers").containsOnlyKeys("lives_with", "comment");
    }
}
