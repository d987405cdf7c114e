package org.concord.app.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;

/** One texts class for every bundle: bound keys follow the language, and bundles never relabel each other's keys. */
class TextsTest {
    @Test
    void boundTextsFollowTheLanguageAndEachBundleRelabelsOnlyItsOwn() {
        Language language = new Language(Messages.ENGLISH);
        Texts app = new Texts("app", language);
        Texts workspace = app.bundle("workspace");
        JPanel root = new JPanel();
        JLabel title = app.text(new JLabel(), "create.title");
        JButton run = workspace.text(new JButton(), "inputs.run");
        root.add(title);
        root.add(run);
        // The & marks the mnemonic and is not shown.
        assertThat(run.getText()).isEqualTo("Run");
        assertThat(run.getMnemonic()).isEqualTo('R');
        language.set(Messages.WELSH);
        app.relabel(root);
        assertThat(title.getText()).isEqualTo(Messages.get("app", Messages.WELSH, "create.title"));
        assertThat(run.getText()).as("not relabelled by the app bundle").isEqualTo("Run");
        workspace.relabel(root);
        assertThat(run.getText()).isEqualTo(Texts.Mnemonic.parse(
                Messages.get("workspace", Messages.WELSH, "inputs.run")).text());
    }

    @Test
    void messagesNestAndPlainTextsShowAsWritten() {
        Texts workspace = new Texts("workspace", new Language(Messages.ENGLISH));
        assertThat(workspace.get(Message.of("problem.year", Message.of("inputs.yearFrom"), "19")))
                .isEqualTo(Messages.get("workspace", Messages.ENGLISH, "problem.year",
                        Messages.get("workspace", Messages.ENGLISH, "inputs.yearFrom"), "19"));
        assertThat(workspace.get(Message.plain("rates.csv row 3: not a number"))).isEqualTo("rates.csv row 3: not a number");
    }

    @Test
    void listenersAreToldUntilRemoved() {
        Language language = Language.ofCode(Language.WELSH);
        assertThat(language.isWelsh()).isTrue();
        AtomicInteger told = new AtomicInteger();
        Runnable listener = told::incrementAndGet;
        language.addListener(listener);
        language.setCode(Language.ENGLISH);
        language.removeListener(listener);
        language.setCode(Language.WELSH);
        assertThat(told.get()).isEqualTo(1);
        assertThat(language.listenerCount()).isZero();
        assertThat(new Texts("app", language).formatLocale().toLanguageTag()).isEqualTo("cy-GB");
    }
}
