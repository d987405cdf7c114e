package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.concord.app.base.Language;
import org.concord.app.base.Messages;
import org.concord.app.base.Texts;
import org.junit.jupiter.api.Test;

class KioskTextTest {

    /** Regression: a Welsh apostrophe (wedi'i, i'r) in a text with {0} swallowed the argument in MessageFormat. */
    @Test
    void textsWithArgumentsKeepTheirApostrophesAndFillEveryArgument() {
        for (Locale language : Messages.LANGUAGES) {
            ResourceBundle bundle = Messages.bundle("kiosk", language);
            for (String key : bundle.keySet()) {
                String raw = bundle.getString(key);
                if (!raw.contains("{0}")) {
                    continue;
                }
                assertThat(raw.replace("''", "")).as("%s %s: write an apostrophe as ''", language, key)
                        .doesNotContain("'");
                String shown = Messages.get("kiosk", language, key, "A", 2, 3);
                assertThat(shown).as("%s %s", language, key).doesNotContain("{").doesNotContain("''");
            }
        }
        Texts welsh = new Texts("kiosk", Language.ofCode(Language.WELSH));
        assertThat(welsh.get("kiosk.keys.hint", 5)).contains("wedi'i amlygu").contains("1 i 5");
        assertThat(welsh.get("kiosk.progress", 2, 11)).isEqualTo("Tudalen 2 o 11");
        assertThat(new Texts("kiosk", Language.ofCode(Language.ENGLISH)).get("kiosk.progress", 2, 11)).isEqualTo("Page 2 of 11");
    }
}
