package org.concord.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.Question;
import org.concord.forms.RankTestForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rank's answer in the session: the stored order, expressions on it, randomised and filtered choices, resuming. */
class RankSessionTest {
    @TempDir
    Path dir;
    private Form form;

    @BeforeEach
    void load() {
        form = RankTestForm.load(dir);
    }

    private static List<String> order(FormSession s, String question) {
        Question q = s.form().question(question).orElseThrow();
        return s.rankOrder(q).stream().map(Choice::name).toList();
    }

    private static Map<String, String> saved(List<Change> changes) {
        Map<String, String> out = new HashMap<>();
        changes.forEach(c -> out.put(c.question(), c.value()));
        return out;
    }

    @Test
    void anUntouchedRankIsNoAnswerAndARequiredOneMustBeRanked() {
        FormSession s = FormSession.start(form, Map.of(), "en", 1);
        Question fav = form.question("fav").orElseThrow();
        assertThat(order(s, "fav")).as("the list's order before any move").containsExactly("red", "green", "blue",
                "yellow");
        assertThat(s.answer("fav")).as("no answer until the participant ranks").isNull();
        assertThat(s.issue(fav)).as("the required rank's issue").map(Issue::kind).contains(Issue.Kind.REQUIRED);
        assertThat(s.unansweredOptional()).extracting(Question::name).as("optional ranks listed at review")
                .contains("drawn", "local").doesNotContain("fav");
    }

    @Test
    void theStoredOrderIsTheAnswerAndExpressionsReadIt() {
        FormSession s = FormSession.start(form, Map.of(), "en", 1);
        Map<String, String> changes = saved(s.setAnswer("fav", "blue red yellow green"));
        assertThat(changes).as("what is saved").containsEntry("fav", "blue red yellow green")
                .containsEntry("top", "blue").containsEntry("ranked", "4").containsEntry("red_in", "yes");
        assertThat(order(s, "fav")).containsExactly("blue", "red", "yellow", "green");
        assertThat(s.selected("fav")).containsExactly("blue", "red", "yellow", "green");
        assertThat(s.issue(form.question("fav").orElseThrow())).as("issue once ranked").isEmpty();
        assertThat(saved(s.setAnswer("fav", "green yellow red blue"))).as("after a move")
                .containsEntry("fav", "green yellow red blue").containsEntry("top", "green");
    }

    @Test
    void aRandomizedRankShowsTheDrawnOrderTheSameForEveryoneWithASeed() {
        List<String> one = order(FormSession.start(form, Map.of(), "en", 1), "drawn");
        assertThat(one).containsExactlyInAnyOrder("red", "green", "blue", "yellow");
        for (long seed = 2; seed <= 4; seed++) {
            FormSession s = FormSession.start(form, Map.of(), "en", seed);
            assertThat(order(s, "drawn")).as("participant %s with seed=42", seed).isEqualTo(one);
            assertThat(s.randomizedOrders()).as("paradata").containsEntry("drawn", one);
            assertThat(s.answer("drawn")).as("the drawn order is not an answer").isNull();
        }
    }

    @Test
    void aChoiceFilterKeepsTheOrderOfChoicesStillShownAndClearsARankingThatMissesOne() {
        FormSession s = FormSession.start(form, Map.of(), "en", 1);
        s.setAnswer("area", "north");
        assertThat(order(s, "local")).containsExactly("school", "library", "park");
        s.setAnswer("local", "park school library");
        Map<String, String> cleared = saved(s.setAnswer("area", null));
        assertThat(cleared).as("only park is let through: its rank stands").containsEntry("local", "park");
        s.setAnswer("area", "north");
        assertThat(s.answer("local")).as("school and library are back but not ranked").isNull();
        assertThat(order(s, "local")).containsExactly("school", "library", "park");
        s.setAnswer("local", "library park school");
        Map<String, String> south = saved(s.setAnswer("area", "south"));
        assertThat(south).as("pool let in, not ranked: the ranking is cleared").containsEntry("local", null);
        assertThat(order(s, "local")).containsExactly("pool", "park");
    }

    @Test
    void aResumedParticipantSeesTheirRanking() {
        FormSession s = FormSession.start(form, Map.of("fav", "yellow blue green red"), "cy", 9);
        assertThat(order(s, "fav")).containsExactly("yellow", "blue", "green", "red");
        assertThat(s.text(s.rankOrder(form.question("fav").orElseThrow()).get(0).label())).isEqualTo("Melyn");
    }
}
