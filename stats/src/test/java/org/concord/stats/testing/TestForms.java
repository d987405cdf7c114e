package org.concord.stats.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.forms.Choice;
import org.concord.forms.ChoiceList;
import org.concord.forms.Form;
import org.concord.forms.FormSettings;
import org.concord.forms.FormSource;
import org.concord.forms.Language;
import org.concord.forms.LocalizedText;
import org.concord.forms.Node;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;

/** Small forms built with the model records, for tests that need no form files. */
public final class TestForms {
    private TestForms() {
    }

    /**
     * A form with consent, role (director, manager = leader; social_worker, support = worker), years (integer), four
     * values items q1..q4 on a 5-point scale in two domains (q2 reverse-keyed), and a select_one vignette v1 (1-5,
     * no domain).
     */
    public static Form small() {
        List<Node> body = new ArrayList<>();
        body.add(q("consent", QuestionType.ACKNOWLEDGE, null, null, false, "I agree"));
        body.add(q("role", QuestionType.SELECT_ONE, "roles", null, false, "Your role"));
        body.add(q("years", QuestionType.INTEGER, null, null, false, "Years in children's social care"));
        body.add(q("q1", QuestionType.SELECT_ONE, "agree5", "needs", false, "Children's needs come first"));
        body.add(q("q2", QuestionType.SELECT_ONE, "agree5", "needs", true, "Budgets decide what we can do"));
        body.add(q("q3", QuestionType.SELECT_ONE, "agree5", "risk", false, "We share risk and do not blame"));
        body.add(q("q4", QuestionType.SELECT_ONE, "agree5", "risk", false, "=1+1 looks like a formula"));
        body.add(q("v1", QuestionType.SELECT_ONE, "agree5", null, false, "Vignette"));
        Map<String, ChoiceList> lists = new LinkedHashMap<>();
        List<Choice> agree = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            agree.add(new Choice(Integer.toString(i), LocalizedText.of("en", "option " + i), Map.of(), i + 1));
        }
        lists.put("agree5", new ChoiceList("agree5", agree));
        lists.put("roles", new ChoiceList("roles", List.of(
                role("director", "leader", 7), role("manager", "leader", 8),
                role("social_worker", "worker", 9), role("support", "worker", 10))));
        return new Form(new FormSettings("Test form", "test_form", "1", "English (en)"),
                List.of(new Language("en", "English")), body, lists, new FormSource("test form text", "ab".repeat(32)));
    }

    private static Choice role(String name, String group, int row) {
        return new Choice(name, LocalizedText.of("en", name), Map.of("role_group", group), row);
    }

    private static Question q(String name, QuestionType type, String list, String domain, boolean reverse,
                              String label) {
        return new Question(name, type, list, LocalizedText.of("en", label), LocalizedText.EMPTY, null,
                LocalizedText.EMPTY, null, null, LocalizedText.EMPTY, "", null, domain, reverse, 0);
    }
}
