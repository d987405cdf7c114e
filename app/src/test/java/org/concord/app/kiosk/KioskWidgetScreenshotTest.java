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
 * Screenshots of the date, time, range, read-only and rank questions in both themes, at 100% and 200%, in English and Welsh,
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
        openIn(theme, percent, language, Map.of("survey.csv", KioskDateRangeGuiTest.SURVEY,
                "settings.csv", "form_id,form_title\ndates_kiosk,Dates\n"));
        String prefix = "widgets-" + theme.name().toLowerCase(java.util.Locale.ROOT) + "-" + percent + "-" + language
                + "-";
        List<String> clipped = new ArrayList<>();
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

    /** Opens the kiosk on a form in a theme, scale and language, at the start screen. */
    private void openIn(Theme theme, int percent, String language, Map<String, String> sheets) {
        onEdt(() -> {
            Appearance.apply(theme, percent / 100f);
            return null;
        });
        open(csvForm(sheets), null);
        if (theme == Theme.DARK) {
            // The kiosk tests open on FlatLaf Light; the scaled font stays (a developer default).
            onEdt(() -> {
                FlatDarkLaf.setup();
                FlatLaf.updateUI();
                return null;
            });
        }
        if (language.equals("cy")) {
            window.toggleButton(ActionModel.KIOSK_WELSH.componentName()).click();
            robot.waitForIdle();
        }
    }

    /** The rank page (one rank ranked, one not yet) fits its text; its buttons are in the participant's language. */
    @ParameterizedTest(name = "{0} {1}% {2}")
    @CsvSource({"LIGHT, 100, en", "LIGHT, 200, cy", "DARK, 100, cy", "DARK, 200, en"})
    void theRankPageFitsItsText(Theme theme, int percent, String language) {
        openIn(theme, percent, language, Map.of("survey.csv", KioskRankGuiTest.SURVEY, "choices.csv",
                KioskRankGuiTest.CHOICES, "settings.csv", "form_id,form_title\nranks_kiosk,Ranks\n"));
        click(ActionModel.KIOSK_START.componentName());
        waitForPage("ranking");
        onEdt(() -> {
            kiosk.answer(kiosk.session().form().question("fav").orElseThrow(), "blue green red yellow", false);
            return null;
        });
        waitSaved();
        assertThat(onEdt(() -> window.button("q.fav.up").target().getText())).as("Move up in %s", language)
                .isEqualTo(language.equals("cy") ? "Symud i fyny" : "Move up");
        List<String> clipped = new ArrayList<>();
        shoot("rank-" + theme.name().toLowerCase(java.util.Locale.ROOT) + "-" + percent + "-" + language, clipped);
        assertThat(clipped).as("texts cut on the rank page, %s %d%% %s", theme, percent, language).isEmpty();
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
