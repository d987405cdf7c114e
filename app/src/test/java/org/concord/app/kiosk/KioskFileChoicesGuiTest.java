package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.util.Map;
import java.util.UUID;
import org.concord.app.base.GuiWait;
import org.junit.jupiter.api.Test;

/**
 * A select_one_from_file question (its choices from cities.csv beside the form, filtered by a country) and a pulldata()
 * lookup in the real kiosk, by keyboard only.
 */
class KioskFileChoicesGuiTest extends KioskCsvFormSupport {
    private static final String SURVEY = """
            type,name,label,choice_filter,calculation
            begin_group,where,Where,,
            select_one country,country,Country,,
            select_one_from_file cities.csv,city,City,country = ${country},
            calculate,people,,,"pulldata('cities', 'people', 'name', ${city})"
            end_group,,,,
            begin_group,check,Check,,
            note,size,${city} has ${people} people,,
            end_group,,,,
            """;
    private static final String CHOICES = """
            list_name,name,label
            country,wales,Wales
            country,england,England
            """;
    private static final String CITIES = """
            name,label,country,people
            cardiff,Cardiff,wales,362000
            leeds,Leeds,england,812000
            swansea,Swansea,wales,238000
            """;

    @Test
    void theCityIsChosenFromTheFileByItsNumber() {
        open(csvForm(Map.of("survey.csv", SURVEY, "choices.csv", CHOICES, "cities.csv", CITIES,
                "settings.csv", "form_id,form_title\nfile_choices_kiosk,File choices\n")), null);
        startByKeyboard("where");
        waitForFocus("q.country.wales");
        robot.pressAndReleaseKey(KeyEvent.VK_1);
        waitForFocus("q.city.cardiff");
        robot.pressAndReleaseKey(KeyEvent.VK_2);
        GuiWait.equal("city", () -> answer("city"), "swansea");
        GuiWait.equal("people looked up in cities.csv", () -> answer("people"), "238000");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPage("check");
        waitSaved();
        assertThat(stored()).containsEntry("country", "wales").containsEntry("city", "swansea")
                .containsEntry("people", "238000");
        UUID id = submitByKeyboard();
        assertThat(study.currentAnswers(id)).containsEntry("city", "swansea").containsEntry("people", "238000");
    }
}
