package org.concord.app.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyLanguageHasEveryKeyOfEveryBundle() {
        for (String name : Messages.BUNDLES) {
            Set<String> english = Messages.bundle(name, Messages.ENGLISH).keySet();
            for (Locale language : Messages.LANGUAGES) {
                ResourceBundle bundle = Messages.bundle(name, language);
                // English is the base file (locale ROOT); every other language has its own file.
                Locale expected = language.equals(Messages.ENGLISH) ? Locale.ROOT : language;
                assertThat(bundle.getLocale()).as("bundle %s has its own %s file", name, language).isEqualTo(expected);
                assertThat(bundle.keySet()).as("keys of bundle %s in %s", name, language)
                        .containsExactlyInAnyOrderElementsOf(english);
                for (String key : bundle.keySet()) {
                    assertThat(bundle.getString(key)).as("%s %s %s", name, language, key).isNotBlank();
                }
            }
        }
    }

    @Test
    void fillsInArgumentsAndShowsMissingKeysVisibly() {
        assertThat(Messages.get("app", Messages.WELSH, "app.title")).isEqualTo("Concord");
        assertThat(Messages.get("app", Messages.ENGLISH, "no.such.key")).isEqualTo("!no.such.key!");
    }
}
