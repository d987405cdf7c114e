package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.fixture.FrameFixture;
import org.concord.app.base.action.ActionModel;
import org.concord.session.FormSession;
import org.concord.study.FieldworkSession;
import org.concord.study.ParticipantState;
import org.concord.study.export.LongCsvExporter;
import org.junit.jupiter.api.Test;

/**
 * The final check: one participant from Start to Submit by keyboard alone, switching the language (Tab to it,
 * Space) on every page, with the kiosk closed in the middle and the participant resumed from the study file; the
 * study's long CSV export then holds exactly the answers that were typed, value by value.
 */
class KioskKeyboardFullRunGuiTest extends KioskKeyboardSupport {
    private static final String ENGLISH = ActionModel.KIOSK_ENGLISH.componentName();
    private static final String WELSH = ActionModel.KIOSK_WELSH.componentName();
    private static final int[] VIEWS = {4, 2, 5, 1, 3};

    @Test
    void aFullParticipantByKeyboardWithALanguageSwitchOnEveryPageAndAResumeExportsWhatWasTyped() throws Exception {
        Map<String, String> typed = new LinkedHashMap<>();
        keyboardStart();
        // Welcome: tick the consent with Space, switch to Cymraeg, Enter for Next.
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        waitFor("consent ticked", () -> "OK".equals(kiosk.session().answer("consent")));
        typed.put("consent", "OK");
        switchLanguage(WELSH, "Nesaf");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);

        // About you: 2 for the second role (moves on to the years), 7 years, back to English, Enter.
        waitForPage("about");
        waitForFocus("q.role.leader");
        robot.pressAndReleaseKeys(KeyEvent.VK_2);
        waitFor("role by digit", () -> "worker".equals(kiosk.session().answer("role")));
        typed.put("role", "worker");
        waitForFocus("q.years.text");
        robot.pressAndReleaseKeys(KeyEvent.VK_7);
        waitFor("years typed", () -> "7".equals(((javax.swing.text.JTextComponent) KioskParticipantFlowTest
                .findNamed(kiosk.frame(), "q.years.text")).getText()));
        typed.put("years", "7");
        switchLanguage(ENGLISH, "Next");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);

        // Your views (shuffled): one digit each, each moving on to the next statement; then Cymraeg.
        waitForPage("views");
        List<String> order = viewsOrder();
        for (int i = 0; i < order.size(); i++) {
            String item = order.get(i);
            String value = Integer.toString(VIEWS[i]);
            waitForFocusIn(item);
            robot.pressAndReleaseKeys(KeyEvent.VK_0 + VIEWS[i]);
            waitFor(item + " by digit", () -> value.equals(kiosk.session().answer(item)));
            typed.put(item, value);
        }
        switchLanguage(WELSH, "Nesaf");
        waitSaved();

        // The kiosk is closed in the middle (as by a power cut: no PIN, nothing finished) and the participant resumed
        // from what the study file holds, on the same page in the same order, in Cymraeg. (The study stays open: this
        // form is built in code and cannot be read back from a file; KioskCrashResumeTest reopens a killed study.)
        UUID id = onEdt(() -> kiosk.participant().id());
        window.cleanUp();
        window = null;
        List<ParticipantState> unfinished = study.unfinished();
        assertThat(unfinished).as("unfinished participants after closing the kiosk").hasSize(1);
        ParticipantState state = unfinished.get(0);
        assertThat(state.participant().id()).isEqualTo(id);
        assertThat(state.lastPage()).isEqualTo("views");
        assertThat(state.answers()).as("answers in the study file").containsAllEntriesOf(typed);
        FieldworkSession session = fieldwork;
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(15);
        robot.settings().eventPostingDelay(30);
        kiosk = onEdt(() -> KioskWindow.resume(study, session, state, () -> exited.set(true)));
        window = new FrameFixture(robot, kiosk.frame());
        waitForPage("views");
        assertThat(viewsOrder()).as("views order after resuming").isEqualTo(order);
        waitFor("the resumed kiosk has the keyboard", () -> kiosk.frame().isFocused()
                && kiosk.frame().getFocusOwner() != null);
        robot.moveMouse(kiosk.frame());
        // Every statement is answered: the focus waits on Next, so no digit can change an answer.
        waitForFocus(ActionModel.KIOSK_NEXT.componentName());
        switchLanguage(ENGLISH, "Next");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);

        // The comment page: type, Cymraeg, Enter.
        waitFor("the comment page", () -> kiosk.session() != null && !"views".equals(kiosk.session()
                .currentPageName()));
        waitForFocus("q.comments.text");
        robot.enterText("Good team");
        typed.put("comments", "Good team");
        switchLanguage(WELSH, "Nesaf");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);

        // Review: English, then Tab to Submit and Enter.
        waitForPage(FormSession.REVIEW_PAGE);
        switchLanguage(ENGLISH, "Submit");
        tabTo(ActionModel.KIOSK_SUBMIT.componentName());
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitFor("the thank-you screen", () -> kiosk.session() == null
                && KioskParticipantFlowTest.findNamed(kiosk.frame(), "kiosk.screen.thanks") != null);
        waitSaved();

        Path csv = dir.resolve("long.csv");
        LongCsvExporter.export(study, csv, true);
        Map<String, String> exported = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            if (cells.get(header.indexOf("participant_id")).equals(id.toString())
                    && !cells.get(header.indexOf("value")).isBlank()) {
                exported.put(cells.get(header.indexOf("item")), cells.get(header.indexOf("value")));
            }
        }
        typed.forEach((item, value) -> System.out.println(item + ": typed " + value + ", exported "
                + exported.get(item)));
        exported.keySet().stream().filter(k -> !typed.containsKey(k))
                .forEach(k -> System.out.println(k + ": not typed, exported " + exported.get(k)));
        assertThat(exported).as("the long CSV export against what was typed")
                .containsExactlyInAnyOrderEntriesOf(typed);
    }

    /** Tabs to a language button and presses Space; waits until the Next or Submit button reads {@code label}. */
    private void switchLanguage(String language, String label) {
        tabTo(language);
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        waitFor("the page in the new language (" + label + ")", () -> label.equals(
                kiosk.frame().nextButton().isVisible() ? kiosk.frame().nextButton().getText()
                        : ((javax.swing.JButton) KioskParticipantFlowTest.findNamed(kiosk.frame(),
                                ActionModel.KIOSK_SUBMIT.componentName())).getText()));
        // The focus stays on the language button (issue 15 item 1).
        waitForFocus(language);
    }

    /** The cells of a CSV line (quoted cells may hold commas and doubled quotes). */
    private static List<String> cells(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
