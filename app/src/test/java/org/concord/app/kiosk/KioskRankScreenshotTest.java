package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.app.base.Appearance;
import org.concord.app.base.Theme;
import org.concord.app.base.action.ActionModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Screenshots of the rank page (one rank ranked, one not yet) in both themes, at 100% and 200%, in English and Welsh,
 * into {@code app/target/kiosk-screenshots/} (to be looked at); no text of the page may be cut.
 */
class KioskRankScreenshotTest extends KioskCsvFormSupport {

    @AfterEach
    void backToLight() {
        onEdt(() -> {
            Appearance.apply(Theme.LIGHT, 1f);
            return null;
        });
    }

    @ParameterizedTest(name = "{0} {1}% {2}")
    @CsvSource({"LIGHT, 100, en", "LIGHT, 200, cy", "DARK, 100, cy", "DARK, 200, en"})
    void theRankPageFitsItsText(Theme theme, int percent, String language) {
        onEdt(() -> {
            Appearance.apply(theme, percent / 100f);
            return null;
        });
        open(csvForm(Map.of("survey.csv", KioskRankGuiTest.SURVEY, "choices.csv", KioskRankGuiTest.CHOICES,
                "settings.csv", "form_id,form_title\nranks_kiosk,Ranks\n")), null);
        if (theme == Theme.DARK) {
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
        window.button(ActionModel.KIOSK_START.componentName()).click();
        waitForPage("ranking");
        onEdt(() -> {
            kiosk.answer(kiosk.session().form().question("fav").orElseThrow(), "blue green red yellow", false);
            return null;
        });
        waitSaved();
        robot.waitForIdle();
        String up = onEdt(() -> window.button("q.fav.up").target().getText());
        assertThat(up).as("the Move up button in %s", language).isEqualTo(language.equals("cy") ? "Symud i fyny"
                : "Move up");
        List<String> clipped = new ArrayList<>();
        KioskScreenshotTest.shootWindow(kiosk.frame(), "rank-" + theme.name().toLowerCase(java.util.Locale.ROOT) + "-"
                + percent + "-" + language, clipped);
        assertThat(clipped).as("texts cut on the rank page, %s %d%% %s", theme, percent, language).isEmpty();
    }
}
