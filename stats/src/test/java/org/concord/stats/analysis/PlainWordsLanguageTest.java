package org.concord.stats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.stats.testing.TestRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain-words answer in the analysis language: the same sentences and figures in English and the Welsh draft. */
class PlainWordsLanguageTest {
    private static final Pattern FIGURE = Pattern.compile("-?\\d+(\\.\\d+)?(e-?\\d+)?");

    @TempDir
    Path dir;

    @Test
    void theWelshAnswerHasTheEnglishSentencesFiguresInTheirOrder() throws Exception {
        AnalysisResult result = TestRuns.run(dir, TestRuns.OPTIONS);
        List<String> en = PlainWords.answer(result, "en");
        List<String> cy = PlainWords.answer(result, "cy");
        en.forEach(s -> System.out.println("en: " + s));
        cy.forEach(s -> System.out.println("cy: " + s));
        assertThat(PlainWords.answer(result)).as("the English default").isEqualTo(en);
        assertThat(en.get(0)).startsWith("Agreement was ").contains("the 4 LAs with falling rates (mean person_mad");
        assertThat(cy.get(0)).startsWith("Roedd y cytundeb ").contains("yr 4 ALl \u00e2 chyfraddau sy'n gostwng");
        assertThat(cy).hasSameSizeAs(en);
        for (int i = 0; i < en.size(); i++) {
            assertThat(cy.get(i)).as("Welsh sentence " + i).isNotEqualTo(en.get(i));
            assertThat(figures(cy.get(i))).as("figures of sentence " + i).isEqualTo(figures(en.get(i)));
        }
        assertThat(PlainWords.question("cy")).startsWith("A yw'r cytundeb");
        assertThat(PlainWords.question("en")).isEqualTo(PlainWords.QUESTION);
        // A language without sentences of its own gets English, whatever the machine's language.
        assertThat(PlainWords.answer(result, "fr")).isEqualTo(en);
    }

    @Test
    void noAnswerIsSaidInWelshToo() throws Exception {
        AnalysisResult empty = TestRuns.run(dir, new AnalysisOptions(2016, 2020, 50.0, "person_mad", 2, 3, 1L, 99,
                99));
        String cy = PlainWords.answer(empty, "cy").get(0);
        System.out.println("cy: " + cy);
        assertThat(cy).isEqualTo("Dim ateb: mae'r gymhariaeth angen ALlau yn y ddau gr\u0175p (0 yn gostwng, 0 yn codi).");
        assertThat(PlainWords.answer(empty, "en").get(0))
                .isEqualTo("No answer: the comparison needs LAs in both groups (0 falling, 0 rising).");
    }

    @Test
    void bothBundlesHoldTheSameSentencesAndTheWelshIsMarkedAsADraft() throws Exception {
        Properties en = load("plainwords.properties");
        Properties cy = load("plainwords_cy.properties");
        assertThat(cy.stringPropertyNames()).as("Welsh keys").isEqualTo(en.stringPropertyNames());
        for (Properties p : List.of(en, cy)) {
            for (String key : p.stringPropertyNames()) {
                assertThat(new MessageFormat(p.getProperty(key)).getFormatsByArgumentIndex().length)
                        .as("placeholders of " + key).isEqualTo(new MessageFormat(en.getProperty(key))
                                .getFormatsByArgumentIndex().length);
            }
        }
        try (InputStream in = PlainText.class.getResourceAsStream("plainwords_cy.properties")) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .startsWith("# DRAFT: Welsh").contains("fluent Welsh reviewer");
        }
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = PlainText.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<String> figures(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(sentence);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
