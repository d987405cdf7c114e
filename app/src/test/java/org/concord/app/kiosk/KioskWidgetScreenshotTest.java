package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.text.JTextComponent;
import org.concord.app.base.Appearance;
import org.concord.app.base.Theme;
import org.concord.app.base.action.ActionModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Screenshots of the date, time, range and read-only questions in both themes, at 100% and 200%, in English and Welsh,
 * into {@code app/target/kiosk-screenshots/} (to be looked at); no text of those pages may be cut.
 */
class KioskWidgetScreenshotTest extends KioskCsvFormSupport {

    @AfterEach
    void backToLight() {
        onEdt(() -> {
            Appearance.apply(Theme.LIGHT, 1f);
            return null;
        });
    }

    @ParameterizedTest(name = "{0} {1}% {2}")
    @CsvSource({"LIGHT, 100, en", "LIGHT, 200, cy", "DARK, 100, cy", "DARK, 200, en"})
    void typedAndRangeQuestionsFitTheirText(Theme theme, int percent, String language) {
        onEdt(() -> {
            Appearance.apply(theme, percent / 100f);
            return null;
        });
        open(csvForm(Map.of("survey.csv", KioskDateRangeGuiTest.SURVEY,
                "settings.csv", "form_id,form_title\ndates_kiosk,Dates\n")), null);
        if (theme == Theme.DARK) {
            // The kiosk tests open on FlatLaf Light; the scaled font stays (a developer default).
            onEdt(() -> {
                FlatDarkLaf.setup();
                FlatLaf.updateUI();
                return null;
            });
        }
        String prefix = "widgets-" + theme.name().toLowerCase(java.util.Locale.ROOT) + "-" + percent + "-" + language
                + "-";
        List<String> clipped = new ArrayList<>();
        if (language.equals("cy")) {
            window.toggleButton(ActionModel.KIOSK_WELSH.componentName()).click();
            robot.waitForIdle();
        }
        click(ActionModel.KIOSK_START.componentName());
        waitForPage("welcome");
        onEdt(() -> {
            ((JTextComponent) KioskParticipantFlowTest.findNamed(kiosk.frame(), "q.visit.text")).setText("31/2/2026");
            ((JTextComponent) KioskParticipantFlowTest.findNamed(kiosk.frame(), "q.arrived.text")).setText("9:05");
            kiosk.page().commit();
            return null;
        });
        click(ActionModel.KIOSK_NEXT.componentName());
        shoot(prefix + "dates", clipped);
        onEdt(() -> {
            ((JTextComponent) KioskParticipantFlowTest.findNamed(kiosk.frame(), "q.visit.text")).setText("1/3/2026");
            kiosk.page().commit();
            return null;
        });
        click(ActionModel.KIOSK_NEXT.componentName());
        waitForPage("scores");
        onEdt(() -> {
            kiosk.answer(kiosk.session().form().question("score").orElseThrow(), "6", false);
            return null;
        });
        waitSaved();
        shoot(prefix + "range", clipped);
        assertThat(clipped).as("texts cut on the date and range pages, %s %d%% %s", theme, percent, language)
                .isEmpty();
    }

    private void click(String name) {
        window.button(name).click();
        waitSaved();
        robot.waitForIdle();
    }

    private void shoot(String name, List<String> clipped) {
        robot.waitForIdle();
        KioskScreenshotTest.shootWindow(kiosk.frame(), name, clipped);
    }
}
