package org.concord.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.concord.app.base.Messages;
import org.junit.jupiter.api.Test;

/** The workspace texts format as written: apostrophes survive MessageFormat, plurals read right in both languages. */
class WorkspaceTextsTest {
    @Test
    void everyTextWithArgumentsKeepsItsApostrophesAndFillsEveryArgument() {
        Object[] args = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        for (Locale language : Messages.LANGUAGES) {
            ResourceBundle bundle = Messages.bundle("workspace", language);
            for (String key : bundle.keySet()) {
                if (!bundle.getString(key).contains("{")) {
                    // Shown as written: texts without arguments never go through MessageFormat.
                    continue;
                }
                String text = Messages.get("workspace", language, key, args);
                assertThat(text).as("%s %s", language, key).doesNotContain("''").doesNotContain("{");
                if (bundle.getString(key).contains("''")) {
                    assertThat(text).as("%s %s", language, key).contains("'");
                }
            }
        }
    }

    @Test
    void theProblemsHeadingCountsInBothLanguages() {
        assertThat(Messages.get("workspace", Messages.ENGLISH, "problems.heading", 1))
                .isEqualTo("The inputs have a problem; nothing was run:");
        assertThat(Messages.get("workspace", Messages.ENGLISH, "problems.heading", 4))
                .isEqualTo("The inputs have 4 problems; nothing was run:");
        assertThat(Messages.get("workspace", Messages.WELSH, "problems.heading", 4))
                .isEqualTo("Mae 4 problem yn y mewnbynnau; ni redwyd dim:");
    }
}
