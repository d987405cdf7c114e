package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.Map;
import java.util.UUID;
import org.concord.app.base.GuiWait;
import org.concord.app.ui.GuiTestSupport;
import org.junit.jupiter.api.Test;

/**
 * A repeat inside a repeat, both with "add another", in the real kiosk by keyboard only: two households, the first
 * with two people and the second with one, headed "Household 1: Person 2", stored as {@code person_name[i][j]}.
 */
class KioskNestedRepeatGuiTest extends KioskCsvFormSupport {
    private static final String SURVEY = """
            type,name,label
            begin_repeat,household,Household
            text,head,Head of household
            begin_repeat,person,Person
            text,person_name,Name
            end_repeat,,
            end_repeat,,
            text,comment,Anything else?
            """;

    /** Types the head of household {@code i} and goes on with Enter to its first person. */
    private void household(int i, String head) {
        waitForPage("household[" + i + "]");
        GuiWait.equal("heading of household " + i, this::title, "Household " + i);
        waitForFocus("q.head[" + i + "].text");
        robot.enterText(head);
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
    }

    /** Types person {@code j} of household {@code i} and goes on with Enter to the household's add-another page. */
    private void person(int i, int j, String name) {
        waitForPage("person[" + i + "][" + j + "]");
        GuiWait.equal("heading of person " + j + " of household " + i, this::title,
                "Household " + i + ": Person " + j);
        waitForFocus("q.person_name[" + i + "][" + j + "].text");
        robot.enterText(name);
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("person[" + i + "]#add");
    }

    /** On an add-another page {@code ask}: 1 (Yes) or 2 (No), then Enter. */
    private void another(String ask, boolean yes) {
        waitForFocus("q." + ask + ".yes");
        robot.pressAndReleaseKey(yes ? KeyEvent.VK_1 : KeyEvent.VK_2);
        GuiWait.equal("answer to " + ask, () -> answer(ask), yes ? "yes" : "no");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
    }

    /** Opens the form, starts a participant and types household 1 and its first person, Alys. */
    private void firstPerson() {
        open(csvForm(Map.of("survey.csv", SURVEY, "settings.csv",
                "form_id,form_title\nnested_kiosk,Households\n")), null);
        startByKeyboard("household[1]");
        household(1, "Alys");
        person(1, 1, "Alys");
    }

    @Test
    void twoHouseholdsWithTheirPeopleByKeyboard() throws Exception {
        firstPerson();
        GuiWait.equal("heading of the add-another page", this::title, "Household 1: Person");
        another("person[1]#add", true);
        GuiWait.equal("people in household 1", () -> answer("person[1]"), "2");
        person(1, 2, "Bryn");
        GuiTestSupport.screenshot(window.target(), "kiosk-nested-repeat-add-another-en");
        another("person[1]#add", false);
        waitForPage("household#add");
        another("household#add", true);
        household(2, "Cai");
        person(2, 1, "Cai");
        another("person[2]#add", false);
        waitForPage("household#add");
        another("household#add", false);
        waitForPage("comment");
        waitForFocus("q.comment.text");
        robot.enterText("Thanks");
        UUID id = submitByKeyboard();
        assertThat(study.currentAnswers(id)).as("stored answers").containsEntry("household", "2")
                .containsEntry("head[1]", "Alys").containsEntry("head[2]", "Cai")
                .containsEntry("person[1]", "2").containsEntry("person[1]#add", "no")
                .containsEntry("person[2]#add", "no").containsEntry("person_name[1][1]", "Alys")
                .containsEntry("person_name[1][2]", "Bryn").containsEntry("person_name[2][1]", "Cai")
                .containsEntry("household#add", "no").containsEntry("comment", "Thanks")
                .doesNotContainKeys("person_name[2][2]", "person_name[1]", "person[2]");
    }

    @Test
    void aPersonDeletedByKeyboardIsRemovedFromItsHousehold() throws Exception {
        firstPerson();
        another("person[1]#add", true);
        waitForPage("person[1][2]");
        waitForFocus("q.person_name[1][2].text");
        robot.enterText("Bryn");
        GuiWait.press(tabToDelete("Delete Household 1: Person 2").button(InstanceDelete.NAME + ".dialog.yes").target());
        waitForPage("person[1][1]");
        GuiWait.equal("heading after deleting", this::title, "Household 1: Person 1");
        waitSaved();
        UUID id = onEdt(() -> kiosk.participant().id());
        assertThat(study.currentAnswers(id)).as("stored after deleting person 2 of household 1")
                .containsEntry("person[1]", "1").containsEntry("person_name[1][1]", "Alys")
                .doesNotContainKeys("person_name[1][2]");
    }

    /** A household made only of its people has no page: its Delete button is on its people's pages. */
    @Test
    void aHouseholdWithoutAPageIsDeletedFromItsPersonPageByKeyboard() throws Exception {
        open(csvForm(Map.of("survey.csv", """
                type,name,label
                begin_repeat,household,Household
                begin_repeat,person,Person
                text,person_name,Name
                end_repeat,,
                end_repeat,,
                text,comment,Anything else?
                """, "settings.csv", "form_id,form_title\nonly_people,Households\n")), null);
        startByKeyboard("person[1][1]");
        person(1, 1, "Alys");
        another("person[1]#add", false);
        waitForPage("household#add");
        another("household#add", true);
        waitForPage("person[2][1]");
        waitForFocus("q.person_name[2][1].text");
        robot.enterText("Cai");
        GuiTestSupport.screenshot(window.target(), "kiosk-nested-repeat-delete-household-en");
        GuiWait.press(tabToDelete("Delete Household 2").button(InstanceDelete.NAME + ".dialog.yes").target());
        waitForPage("person[1][1]");
        GuiWait.equal("heading after deleting household 2", this::title, "Household 1: Person 1");
        waitSaved();
        UUID id = onEdt(() -> kiosk.participant().id());
        assertThat(study.currentAnswers(id)).as("stored after deleting household 2").containsEntry("household", "1")
                .containsEntry("person_name[1][1]", "Alys").containsEntry("person[1]#add", "no")
                .doesNotContainKeys("person_name[2][1]", "person[2]#add");
    }
}
