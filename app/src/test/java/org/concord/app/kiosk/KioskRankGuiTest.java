package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.swing.JList;
import org.concord.app.base.GuiWait;
import org.concord.study.ParticipantState;
import org.junit.jupiter.api.Test;

/**
 * A rank question in the real kiosk, by keyboard only: the order first shown is no answer, Alt+arrows and the buttons'
 * Alt+letters move the chosen item and save the whole order at once, Space keeps the order shown; then the kiosk is
 * closed and the participant resumed from the study file with their order.
 */
class KioskRankGuiTest extends KioskCsvFormSupport {
    static final String SURVEY = """
            type,name,label,required
            begin_group,ranking,Ranking,
            rank colours,fav,Rank the colours from the one you like most,yes
            rank colours,spare,Rank them again,
            end_group,,,
            begin_group,closing,Last,
            text,after,Anything else?,
            end_group,,,
            """;
    static final String CHOICES = """
            list_name,name,label
            colours,red,Red
            colours,green,Green
            colours,blue,Blue
            colours,yellow,Yellow
            """;

    private void openForm() {
        open(csvForm(Map.of("survey.csv", SURVEY, "choices.csv", CHOICES,
                "settings.csv", "form_id,form_title\nranks_kiosk,Ranks\n")), null);
    }

    /** The items of a rank's list as shown, and what a screen reader hears for each. */
    private List<String> shown(String question) {
        JList<?> list = window.list("q." + question + ".list").target();
        return onEdt(() -> {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < list.getModel().getSize(); i++) {
                out.add(list.getAccessibleContext().getAccessibleChild(i).getAccessibleContext().getAccessibleName());
            }
            return out;
        });
    }

    private String state(String question) {
        javax.swing.text.JTextComponent line = window.textBox("q." + question + ".state").target();
        return onEdt(line::getText);
    }

    private String issue(String question) {
        return onEdt(() -> kiosk.page().view(question).orElseThrow().issueText());
    }

    private void alt(int key) {
        robot.pressKey(KeyEvent.VK_ALT);
        try {
            robot.pressAndReleaseKey(key);
        } finally {
            robot.releaseKey(KeyEvent.VK_ALT);
        }
    }

    @Test
    void rankedByKeyboardOnlyThenResumedFromTheStudyFile() throws InterruptedException {
        openForm();
        startByKeyboard("ranking");
        waitForFocus("q.fav.list");
        assertThat(shown("fav")).as("the list's order, announced with ranks").containsExactly("Red, rank 1 of 4",
                "Green, rank 2 of 4", "Blue, rank 3 of 4", "Yellow, rank 4 of 4");
        assertThat(answer("fav")).as("the order first shown is no answer").isNull();
        assertThat(state("fav")).isEqualTo("Not ranked yet: the order shown is not your answer until you move an "
                + "item or keep this order.");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        GuiWait.equal("Next refused: a required rank must be ranked", () -> issue("fav"),
                "This question needs an answer.");
        assertThat(pageName()).isEqualTo("ranking");

        robot.pressAndReleaseKeys(KeyEvent.VK_DOWN);
        alt(KeyEvent.VK_UP);
        GuiWait.equal("Green moved to the top", () -> answer("fav"), "green red blue yellow");
        GuiWait.equal("announced after the move", () -> shown("fav").get(0), "Green, rank 1 of 4");
        GuiWait.equal("state once ranked", () -> state("fav"), "Your order is saved. You can still move items.");
        robot.pressAndReleaseKeys(KeyEvent.VK_DOWN, KeyEvent.VK_DOWN);
        alt(KeyEvent.VK_DOWN);
        GuiWait.equal("Blue moved to the bottom", () -> answer("fav"), "green red yellow blue");
        robot.pressAndReleaseKeys(KeyEvent.VK_UP);
        alt(KeyEvent.VK_U);
        GuiWait.equal("Yellow moved up with Alt+U (Move up)", () -> answer("fav"), "green yellow red blue");
        alt(KeyEvent.VK_D);
        GuiWait.equal("and down again with Alt+D (Move down)", () -> answer("fav"), "green red yellow blue");
        waitSaved();
        assertThat(stored()).as("saved at each move").containsEntry("fav", "green red yellow blue");
        assertThat(focusName()).as("the focus stays on the list").isEqualTo("q.fav.list");

        // Tab past the buttons (Keep this order is off once ranked) to the second rank; Space keeps its order.
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        waitForFocus("q.fav.up");
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        waitForFocus("q.fav.down");
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        waitForFocus("q.spare.list");
        assertThat(answer("spare")).isNull();
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        GuiWait.equal("Space keeps the order shown", () -> answer("spare"), "red green blue yellow");
        waitSaved();

        ParticipantState state = KioskResume.closeAndResume(this);
        assertThat(state.answers()).as("answers on disk").containsEntry("fav", "green red yellow blue")
                .containsEntry("spare", "red green blue yellow");
        waitForPage("ranking");
        assertThat(shown("fav")).as("the resumed order").containsExactly("Green, rank 1 of 4", "Red, rank 2 of 4",
                "Yellow, rank 3 of 4", "Blue, rank 4 of 4");
        assertThat(state("fav")).isEqualTo("Your order is saved. You can still move items.");
        robot.moveMouse(kiosk.frame());
        waitFor("the kiosk has the keyboard", () -> kiosk.frame().isFocused());
        // Every question of the page is answered: Enter goes on.
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("closing");
        UUID id = submitByKeyboard();
        assertThat(study.currentAnswers(id)).as("answers after resuming").containsEntry("fav", "green red yellow blue")
                .containsEntry("spare", "red green blue yellow");
    }
}
