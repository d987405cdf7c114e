package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concord.app.base.Language;
import org.concord.app.base.Texts;
import org.concord.app.kiosk.panel.InstanceHeading;
import org.concord.forms.LocalizedText;
import org.concord.session.Page;
import org.junit.jupiter.api.Test;

/** The kiosk's words for repeat pages, in English and Welsh from its bundles. */
class RepeatWordsTest {
    private static Page page(int index, int count, boolean asks) {
        LocalizedText label = LocalizedText.of("en", "Child");
        return new Page("child[" + index + "]", label, List.of(), new Page.Instance("child", label, index, count,
                asks));
    }

    @Test
    void instanceHeadingsInEnglishAndWelsh() {
        Texts english = new Texts("kiosk", Language.ofCode("en"));
        Texts welsh = new Texts("kiosk", Language.ofCode("cy"));
        assertThat(InstanceHeading.of(page(2, 3, false), "Child", english)).isEqualTo("Child 2 of 3");
        assertThat(InstanceHeading.of(page(2, 0, false), "Child", english)).as("add another: no count")
                .isEqualTo("Child 2");
        assertThat(InstanceHeading.of(page(2, 3, false), "Plentyn", welsh)).isEqualTo("Plentyn 2 o 3");
        assertThat(InstanceHeading.of(page(2, 0, true), "Plentyn", welsh)).as("the add-another page")
                .isEqualTo("Plentyn");
        assertThat(InstanceHeading.of(new Page("about", LocalizedText.EMPTY, List.of()), "About", english))
                .as("a page outside repeats").isEqualTo("About");
    }

    @Test
    void theGroupOfARepeatHeadsItsPagesInEnglishAndWelsh() {
        Texts english = new Texts("kiosk", Language.ofCode("en"));
        Texts welsh = new Texts("kiosk", Language.ofCode("cy"));
        assertThat(InstanceHeading.of(page(2, 3, false), "Child", "Household", english))
                .isEqualTo("Household: Child 2 of 3");
        assertThat(InstanceHeading.of(page(2, 0, true), "Plentyn", "Aelwyd", welsh)).as("the add-another page")
                .isEqualTo("Aelwyd: Plentyn");
        assertThat(InstanceHeading.of(page(2, 0, false), "Child", "", english)).as("a group without a label")
                .isEqualTo("Child 2");
    }

    @Test
    void anInnerInstanceIsHeadedWithTheOuterInstanceInEnglishAndWelsh() {
        Texts english = new Texts("kiosk", Language.ofCode("en"));
        Texts welsh = new Texts("kiosk", Language.ofCode("cy"));
        LocalizedText household = new LocalizedText(java.util.Map.of("en", "Household", "cy", "Aelwyd"));
        LocalizedText person = new LocalizedText(java.util.Map.of("en", "Person", "cy", "Person"));
        Page.Instance outer = new Page.Instance("household", household, 2, 0, false, LocalizedText.EMPTY);
        Page inner = new Page("person[2][1]", person, List.of(), new Page.Instance("person", person, 1, 3, false,
                LocalizedText.EMPTY, outer));
        String around = InstanceHeading.around(inner, l -> l.get("en", "en"), english);
        assertThat(around).isEqualTo("Household 2");
        assertThat(InstanceHeading.of(inner, "Person", around, english)).isEqualTo("Household 2: Person 1 of 3");
        String aroundCy = InstanceHeading.around(inner, l -> l.get("cy", "en"), welsh);
        assertThat(InstanceHeading.of(inner, "Person", aroundCy, welsh)).isEqualTo("Aelwyd 2: Person 1 o 3");
        Page inGroup = new Page("item[2][1]", person, List.of(), new Page.Instance("person", person, 1, 0, false,
                LocalizedText.of("en", "Shopping"), outer));
        assertThat(InstanceHeading.around(inGroup, l -> l.get("en", "en"), english)).as("a group inside the household")
                .isEqualTo("Household 2: Shopping");
        assertThat(InstanceHeading.around(page(2, 3, false), l -> l.get("en", "en"), english))
                .as("a repeat not inside another").isEmpty();
        assertThat(InstanceHeading.place(inGroup, l -> l.get("en", "en"), english))
                .as("the place of a question in the review list, without the group").isEqualTo("Household 2: Person 1");
        assertThat(InstanceHeading.place(page(2, 3, false), l -> l.get("en", "en"), english))
                .as("a repeat not inside another").isEqualTo("Child 2 of 3");
    }

    @Test
    void addAnotherQuestionAndAnswersInEnglishAndWelsh() {
        RepeatWords words = new RepeatWords();
        assertThat(words.addAnother("en", "child")).isEqualTo("Add another child?");
        assertThat(words.yes("en") + "/" + words.no("en")).isEqualTo("Yes/No");
        assertThat(words.addAnother("cy", "plentyn")).isEqualTo("Ychwanegu plentyn arall?");
        assertThat(words.yes("cy") + "/" + words.no("cy")).isEqualTo("Ie/Na");
    }
}
