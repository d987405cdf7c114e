package org.concord.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.concord.app.base.Language;
import org.concord.app.base.Messages;
import org.concord.app.base.Texts;
import org.concord.app.base.action.ActionModel;
import org.junit.jupiter.api.Test;

/** The researcher screens' texts: every action is labelled and described, and apostrophes show as written. */
class AppTextsTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyActionHasALabelWithAMnemonicAndADescriptionInEveryLanguage() {
        for (Locale language : Messages.LANGUAGES) {
            for (ActionModel id : ActionModel.values()) {
                ResourceBundle bundle = Messages.bundle(id.category().bundle(), language);
                assertThat(bundle.keySet()).as("%s keys", language).contains(id.textKey());
                assertThat(bundle.getString(id.descriptionKey())).as("%s %s", language, id).isNotBlank();
            }
        }
    }

    @Test
    void apostrophesAreDoubledOnlyInTextsWithArguments() {
        // Texts with {0} go through MessageFormat, where a single apostrophe would swallow the rest of the text;
        // texts without arguments are shown as written, where a doubled one would show twice.
        for (Locale language : Messages.LANGUAGES) {
            ResourceBundle bundle = Messages.bundle("app", language);
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                if (ARGUMENT.matcher(text).find()) {
                    assertThat(SINGLE_APOSTROPHE.matcher(text).find()).as("%s %s: %s", language, key, text).isFalse();
                } else {
                    assertThat(text).as("%s %s", language, key).doesNotContain("''");
                }
            }
        }
    }

    @Test
    void welshIsMarkedAsADraftTranslation() throws Exception {
        try (var in = AppTextsTest.class.getResourceAsStream("/org/concord/app/i18n/app_cy.properties")) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("DRAFT TRANSLATION");
        }
    }

    @Test
    void switchingTheLanguageRelabelsTheTexts() {
        Language language = new Language(Messages.WELSH);
        Texts texts = new Texts("app", language);
        assertThat(texts.get("create.title")).isEqualTo("Astudiaeth newydd");
        assertThat(texts.get("researcher.progress.totals", 3, 1)).isEqualTo("Cyfanswm: 3 wedi dechrau, 1 wedi gorffen");
        language.set(Locale.ENGLISH);
        assertThat(texts.get("resume.postponed", 1)).startsWith("One unfinished participant can");
        assertThat(texts.get("resume.postponed", 2)).startsWith("2 unfinished participants can");
    }
}
