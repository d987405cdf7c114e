package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.forms.conformance.Conformance.errors;
import static org.concord.forms.conformance.Conformance.load;
import static org.concord.forms.conformance.Conformance.warnings;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.Question;
import org.concord.session.FormSession;
import org.junit.jupiter.api.Test;

/** A select's {@code parameters} {@code randomize=true} (and {@code seed}) as ODK defines them, through the session. */
class SelectRandomizeConformanceTest {
    private static final List<String> SERVICES = List.of("duty", "cin", "cp", "lac", "leaving", "fostering",
            "adoption", "disability");

    private static List<String> order(FormSession s, String question) {
        Question q = s.form().question(question).orElseThrow();
        return s.choices(q).stream().map(Choice::name).toList();
    }

    private static FormSession participant(Form form, long seed) {
        return FormSession.start(form, Map.of(), "default", seed);
    }

    @Test
    void eachParticipantGetsTheirOwnOrderKeptForTheWholeSession() {
        Form form = load("select-randomize");
        Set<List<String>> seen = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            FormSession s = participant(form, seed);
            List<String> first = order(s, "first");
            assertThat(first).as("participant %s", seed).containsExactlyInAnyOrderElementsOf(SERVICES);
            s.setAnswer("first", first.get(0));
            assertThat(order(s, "first")).as("the order after an answer").isEqualTo(first);
            assertThat(participant(form, seed).randomizedOrders()).as("paradata of participant %s", seed)
                    .containsEntry("first", first);
            seen.add(first);
        }
        assertThat(seen.size()).as("distinct orders among 20 participants: %s", seen).isGreaterThan(15);
        assertThat(order(participant(form, 1), "agree")).as("randomize=false").containsExactly("yes", "no");
    }

    @Test
    void aNumericSeedGivesEveryoneTheSameOrder() {
        Form form = load("select-randomize");
        List<String> one = order(participant(form, 1), "used");
        assertThat(one).containsExactlyInAnyOrderElementsOf(SERVICES).isNotEqualTo(SERVICES);
        for (long seed = 2; seed <= 5; seed++) {
            assertThat(order(participant(form, seed), "used")).as("participant %s", seed).isEqualTo(one);
        }
    }

    @Test
    void aChoiceFilterKeepsTheDrawnOrder() {
        Form form = load("select-randomize");
        FormSession s = participant(form, 7);
        List<String> all = s.randomizedOrders().get("office");
        s.setAnswer("region", "north");
        assertThat(order(s, "office")).isEqualTo(all.stream().filter(n -> n.startsWith("n")).toList());
        s.setAnswer("region", "south");
        assertThat(order(s, "office")).isEqualTo(all.stream().filter(n -> n.startsWith("s")).toList());
        assertThat(warnings("select-randomize")).isEmpty();
    }

    @Test
    void badRandomizeParametersAreErrors() {
        assertThat(errors("select-randomize-bad")).containsExactly(
                "select-randomize-bad/survey.csv row 2, column parameters: randomize must be true or false, not "
                        + "\"maybe\"; write randomize=true to shuffle the answers for each participant",
                "select-randomize-bad/survey.csv row 3, column parameters: seed=3 needs randomize=true; add it or "
                        + "remove the seed",
                "select-randomize-bad/survey.csv row 5, column parameters: values item v1 has randomize=true, but its "
                        + "answers are a scale shown in order 1..A; remove randomize from this row");
    }
}
