package org.concord.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.concord.common.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rank L} loads as a RANK question with its choice list, as pyxform accepts it; its misuses are refused. */
class RankFormTest {
    @TempDir
    Path dir;

    private Question question(Form form, String name) {
        return form.question(name).orElseThrow(() -> new AssertionError("no question " + name));
    }

    @Test
    void rankLoadsWithItsListTranslationsShuffleAndChoiceFilter() {
        Form form = RankTestForm.load(dir);
        assertThat(form.warnings()).extracting(Problem::toString).as("warnings").isEmpty();
        Question fav = question(form, "fav");
        assertThat(fav.type()).isEqualTo(QuestionType.RANK);
        assertThat(fav.type().hasChoices()).as("rank takes a choice list").isTrue();
        assertThat(fav.listName()).isEqualTo("colours");
        assertThat(fav.required()).as("required").isNotNull();
        assertThat(fav.label().get("cy", "en")).isEqualTo("Trefnwch y lliwiau");
        assertThat(form.choicesOf(fav).orElseThrow().choices()).extracting(Choice::name)
                .containsExactly("red", "green", "blue", "yellow");
        assertThat(form.choicesOf(fav).orElseThrow().choices().get(2).label().get("cy", "en")).isEqualTo("Glas");
        assertThat(fav.options().orOther()).as("or_other").isFalse();
        assertThat(question(form, "drawn").options().shuffle()).as("randomize=true seed=42")
                .isEqualTo(new QuestionOptions.Shuffle(42L));
        assertThat(question(form, "local").options().choiceFilter().source())
                .isEqualTo("area = ${area} or area = 'both'");
        Form again = FormLoader.fromSource(form.source().text());
        assertThat(again.question("drawn").orElseThrow().type()).as("type read back from the stored source")
                .isEqualTo(QuestionType.RANK);
    }

    @Test
    void pyxformSpellingWithSpacesLoads() {
        Form form = FormLoader.load(RankTestForm.write(dir, "spaced", "type,name,label\n  rank   colours ,order,Rank\n",
                "list_name,name,label\ncolours,a,A\ncolours,b,B\n"));
        assertThat(question(form, "order").type()).isEqualTo(QuestionType.RANK);
        assertThat(question(form, "order").listName()).isEqualTo("colours");
    }

    @Test
    void misusesOfRankAreRefusedWithTheRowAndHowToFixIt() {
        String survey = """
                type,name,label,domain
                rank,nolist,No list,
                rank colors,typo,Typo,
                rank colours,valued,Valued,wellbeing
                rank colours extra,extra,Extra,
                """;
        Path folder = RankTestForm.write(dir, "bad", survey, "list_name,name,label\ncolours,a,A\ncolours,b,B\n");
        InvalidFormException e = catchThrowableOfType(InvalidFormException.class, () -> FormLoader.load(folder));
        assertThat(e).as("the form must not load").isNotNull();
        List<String> messages = e.problems().stream().map(Problem::toString).toList();
        assertThat(messages).containsExactlyInAnyOrder(
                "bad/survey.csv row 2, column type: rank needs a choice list: write rank LIST, where LIST is a "
                        + "list_name of the choices sheet",
                "bad/survey.csv row 3, column type: unknown choice list colors; did you mean colours?",
                "bad/survey.csv row 4, column domain: domain is only for values items, which are select_one "
                        + "questions, but valued is of type rank; remove the domain or make it a select_one",
                "bad/survey.csv row 5, column type: unexpected words after the list name colours: extra; write rank "
                        + "LIST");
    }

    /** pyxform accepts rank with or_other: Other is ranked too, and its text question is asked once ranked. */
    @Test
    void rankWithOrOtherRanksOtherAndAsksItsTextWithAWarning() {
        Form form = FormLoader.load(RankTestForm.write(dir, "other", "type,name,label\nrank colours or_other,fav,Rank\n",
                "list_name,name,label\ncolours,a,A\ncolours,b,B\n"));
        assertThat(form.warnings()).extracting(Problem::toString).containsExactly("other/survey.csv row 2, column type: "
                + "rank fav has or_other: Other is ranked with the other choices, so its text question fav_other is "
                + "asked whenever the order is kept (as pyxform writes it); add an \"other\" choice to list colours "
                + "instead if the text is not wanted");
        assertThat(form.choicesOf(question(form, "fav")).orElseThrow().choices()).extracting(Choice::name)
                .containsExactly("a", "b", "other");
        org.concord.session.FormSession s = org.concord.session.FormSession.start(form, java.util.Map.of(), "default",
                1);
        Question text = question(form, "fav_other");
        assertThat(s.isRelevant(text)).as("fav_other before ranking").isFalse();
        s.setAnswer("fav", "b other a");
        assertThat(s.isRelevant(text)).as("fav_other once Other is ranked").isTrue();
    }
}
