package org.concord.stats.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.forms.Choice;
import org.concord.forms.ChoiceList;
import org.concord.forms.Form;
import org.concord.forms.FormSettings;
import org.concord.forms.FormSource;
import org.concord.forms.Group;
import org.concord.forms.Language;
import org.concord.forms.LocalizedText;
import org.concord.forms.Node;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.forms.expr.Answers;
import org.concord.forms.expr.Expression;

/** A small values form built from the model records, as the form loader would build it. */
final class HandBuiltForm {
    private HandBuiltForm() {
    }

    /** Consent, role (2 leader and 2 worker roles), years (0..50), 8 values items of which 3 reverse, a vignette. */
    static Form small() {
        List<Node> about = List.of(
                question("consent", QuestionType.ACKNOWLEDGE, null, null, false, YES, null),
                question("role", QuestionType.SELECT_ONE, "role", null, false, YES, null),
                question("years", QuestionType.INTEGER, null, null, false, null, new Expression() {
                    @Override
                    public Object evaluate(Answers answers, String self) {
                        return test(answers, self);
                    }

                    @Override
                    public boolean test(Answers answers, String self) {
                        double v = Double.parseDouble(self);
                        return v >= 0 && v <= 50;
                    }

                    @Override
                    public Set<String> references() {
                        return Set.of();
                    }

                    @Override
                    public String source() {
                        return ". >= 0 and . <= 50";
                    }
                }));
        List<Node> views = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            views.add(question("v" + i, QuestionType.SELECT_ONE, "agree5", i <= 4 ? "a" : "b", i % 3 == 0, null,
                    null));
        }
        List<Node> body = List.of(
                new Group("about", text("About you"), null, "", false, about, 2),
                new Group("views", text("Views"), null, "", true, views, 7),
                question("case_a_plan", QuestionType.SELECT_ONE, "vignette", null, false, null, null));
        Map<String, ChoiceList> lists = new LinkedHashMap<>();
        lists.put("role", new ChoiceList("role", List.of(role("director", "leader"), role("manager", "leader"),
                role("social_worker", "worker"), role("family_support", "worker"))));
        lists.put("agree5", scale("agree5"));
        lists.put("vignette", scale("vignette"));
        return new Form(new FormSettings("Hand-built", "hand-built", "1", "English (en)"),
                List.of(new Language("en", "English"), new Language("cy", "Cymraeg")), body, lists,
                new FormSource(SOURCE_TEXT, sha256(SOURCE_TEXT)));
    }

    /** Stands in for the canonical text; a study file stores it with its SHA-256. */
    private static final String SOURCE_TEXT = "hand-built form for the simulation tests";

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Expression YES = new Expression() {
        @Override
        public Object evaluate(Answers answers, String self) {
            return Boolean.TRUE;
        }

        @Override
        public boolean test(Answers answers, String self) {
            return true;
        }

        @Override
        public Set<String> references() {
            return Set.of();
        }

        @Override
        public String source() {
            return "yes";
        }
    };

    private static Question question(String name, QuestionType type, String list, String domain, boolean reverse,
                                     Expression required, Expression constraint) {
        return new Question(name, type, list, text(name), LocalizedText.EMPTY, required, LocalizedText.EMPTY, null,
                constraint, LocalizedText.EMPTY, "", null, domain, reverse, 0);
    }

    private static Choice role(String name, String group) {
        return new Choice(name, text(name), Map.of("role_group", group), 0);
    }

    private static ChoiceList scale(String name) {
        List<Choice> choices = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            choices.add(new Choice(Integer.toString(k), text("point " + k), Map.of(), 0));
        }
        return new ChoiceList(name, choices);
    }

    private static LocalizedText text(String english) {
        return LocalizedText.of("en", english);
    }
}
