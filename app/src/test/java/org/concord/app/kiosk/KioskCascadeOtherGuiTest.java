package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.swing.AbstractButton;
import org.concord.app.base.GuiWait;
import org.concord.app.kiosk.panel.QuestionView;
import org.junit.jupiter.api.Test;

/** A cascading select (choice_filter) and a select with or_other in the real kiosk, by keyboard only. */
class KioskCascadeOtherGuiTest extends KioskCsvFormSupport {
    private static final String SURVEY = """
            type,name,label,choice_filter
            begin_group,welcome,Where,
            select_one country,country,Country,
            select_one city,city,City,country = ${country}
            end_group,,,
            begin_group,food,Food,
            select_one fruit or_other,fav,Favourite fruit,
            end_group,,,
            """;
    private static final String CHOICES = """
            list_name,name,label,country
            country,wales,Wales,
            country,england,England,
            city,cardiff,Cardiff,wales
            city,swansea,Swansea,wales
            city,newport,Newport,wales
            city,leeds,Leeds,england
            fruit,apple,Apple,
            fruit,pear,Pear,
            """;

    @Test
    void theCitiesFollowTheCountryAndOtherAsksWhat() {
        open(csvForm(Map.of("survey.csv", SURVEY, "choices.csv", CHOICES,
                "settings.csv", "form_id,form_title\ncascade_kiosk,Cascade\n")), null);
        startByKeyboard("welcome");
        waitForFocus("q.country.wales");
        GuiWait.equal("cities before a country is chosen", () -> buttons("city"), List.of());
        robot.pressAndReleaseKeys(KeyEvent.VK_DOWN);
        waitForFocus("q.country.england");
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        GuiWait.equal("cities of England", () -> buttons("city"), List.of("q.city.leeds"));
        robot.pressAndReleaseKeys(KeyEvent.VK_UP);
        waitForFocus("q.country.wales");
        // 1 chooses Wales and moves on to the city, whose answers are Welsh now.
        robot.pressAndReleaseKey(KeyEvent.VK_1);
        waitForFocus("q.city.cardiff");
        GuiWait.equal("cities of Wales", () -> buttons("city"),
                List.of("q.city.cardiff", "q.city.swansea", "q.city.newport"));
        // The buttons of the English list are reused for the Welsh one: each is announced with its new answer.
        GuiWait.equal("announced names of the cities of Wales", () -> announced("city"),
                List.of("Cardiff, choice 1 of 3", "Swansea, choice 2 of 3", "Newport, choice 3 of 3"));
        window.textBox("kiosk.keys.choice.hint").requireText("Tip: press the number of an answer (1 to 3), or move"
                + " with the arrow keys and choose with Space or Enter.");
        robot.pressAndReleaseKey(KeyEvent.VK_2);
        GuiWait.equal("city", () -> answer("city"), "swansea");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("food");
        waitSaved();
        assertThat(stored()).containsEntry("country", "wales").containsEntry("city", "swansea");

        waitForFocus("q.fav.apple");
        GuiWait.equal("or_other adds Other", () -> buttons("fav"),
                List.of("q.fav.apple", "q.fav.pear", "q.fav.other"));
        GuiWait.equal("the text of Other hidden until Other is chosen", () -> showing("fav_other"), false);
        robot.pressAndReleaseKey(KeyEvent.VK_3);
        waitForFocus("q.fav_other.text");
        GuiWait.equal("the text of Other shown", () -> showing("fav_other"), true);
        window.textBox("q.fav_other.label").requireText("Specify other.");
        robot.enterText("Plum");
        UUID id = submitByKeyboard();
        assertThat(study.currentAnswers(id)).containsEntry("fav", "other").containsEntry("fav_other", "Plum")
                .containsEntry("country", "wales").containsEntry("city", "swansea");
    }

    /** The names of the answer buttons of a question on the page shown, in order. */
    private List<String> buttons(String question) {
        return onEdt(() -> {
            List<Component> found = new ArrayList<>();
            kiosk.page().view(question).ifPresent(v -> collect(v, found));
            return found.stream().map(Component::getName).toList();
        });
    }

    /** What a screen reader announces for each answer button of a question on the page shown, in order. */
    private List<String> announced(String question) {
        return onEdt(() -> {
            List<Component> found = new ArrayList<>();
            kiosk.page().view(question).ifPresent(v -> collect(v, found));
            return found.stream().map(c -> c.getAccessibleContext().getAccessibleName()).toList();
        });
    }

    private static void collect(Component c, List<Component> out) {
        if (c instanceof AbstractButton && c.isShowing()) {
            out.add(c);
        }
        if (c instanceof java.awt.Container box) {
            for (Component child : box.getComponents()) {
                collect(child, out);
            }
        }
    }

    private boolean showing(String question) {
        return onEdt(() -> kiosk.page().view(question).map(QuestionView::isShowing).orElse(false));
    }
}
