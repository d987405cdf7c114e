package org.concord.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
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

/** Small forms built in code for the session model tests, with expressions written as Java lambdas. */
final class TestForms {
    private TestForms() {
    }

    /** An expression whose meaning is given by a lambda; {@code source} is only for reading. */
    static Expression expr(String source, BiFunction<Answers, String, Object> meaning) {
        return new Expression() {
            @Override
            public Object evaluate(Answers answers, String self) {
                return meaning.apply(answers, self);
            }

            @Override
            public boolean test(Answers answers, String self) {
                Object v = evaluate(answers, self);
                if (v instanceof Boolean b) {
                    return b;
                }
                if (v instanceof Double d) {
                    return d != 0 && !d.isNaN();
                }
                return v != null && !v.toString().isEmpty();
            }

            @Override
            public Set<String> references() {
                return Set.of();
            }

            @Override
            public String source() {
                return source;
            }
        };
    }

    static final Expression YES = expr("yes", (a, s) -> true);

    static LocalizedText text(String en, String cy) {
        Map<String, String> m = new LinkedHashMap<>();
        if (en != null) {
            m.put("en", en);
        }
        if (cy != null) {
            m.put("cy", cy);
        }
        return new LocalizedText(m);
    }

    static Question q(String name, QuestionType type, String list) {
        return new Question(name, type, list, text("Label " + name, "Label cy " + name), LocalizedText.EMPTY, null,
                LocalizedText.EMPTY, null, null, LocalizedText.EMPTY, "", null, null, false, 0);
    }

    static Question required(Question q, LocalizedText message) {
        return new Question(q.name(), q.type(), q.listName(), q.label(), q.hint(), YES, message, q.relevant(),
                q.constraint(), q.constraintMessage(), q.appearance(), q.calculation(), q.domain(), q.reverse(), q.row());
    }

    static Question relevant(Question q, Expression relevant) {
        return new Question(q.name(), q.type(), q.listName(), q.label(), q.hint(), q.required(), q.requiredMessage(),
                relevant, q.constraint(), q.constraintMessage(), q.appearance(), q.calculation(), q.domain(),
                q.reverse(), q.row());
    }

    static Question constraint(Question q, Expression constraint, LocalizedText message) {
        return new Question(q.name(), q.type(), q.listName(), q.label(), q.hint(), q.required(), q.requiredMessage(),
                q.relevant(), constraint, message, q.appearance(), q.calculation(), q.domain(), q.reverse(), q.row());
    }

    static Question calculate(String name, Expression calculation) {
        return new Question(name, QuestionType.CALCULATE, null, LocalizedText.EMPTY, LocalizedText.EMPTY, null,
                LocalizedText.EMPTY, null, null, LocalizedText.EMPTY, "", calculation, null, false, 0);
    }

    static Group group(String name, Expression relevant, boolean randomize, Node... children) {
        return new Group(name, text("Page " + name, "Tudalen " + name), relevant, "", randomize, List.of(children), 0);
    }

    static ChoiceList scale(String name, int points) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 1; i <= points; i++) {
            choices.add(new Choice(Integer.toString(i), text("Point " + i, "Pwynt " + i), Map.of(), 0));
        }
        return new ChoiceList(name, choices);
    }

    static ChoiceList list(String name, String... names) {
        List<Choice> choices = new ArrayList<>();
        for (String n : names) {
            choices.add(new Choice(n, text("Choice " + n, "Dewis " + n), Map.of(), 0));
        }
        return new ChoiceList(name, choices);
    }

    static Form form(List<Node> body, ChoiceList... lists) {
        Map<String, ChoiceList> byName = new LinkedHashMap<>();
        for (ChoiceList l : lists) {
            byName.put(l.name(), l);
        }
        return new Form(new FormSettings("Test", "test", "1", "English (en)"),
                List.of(new Language("en", "English"), new Language("cy", "Cymraeg")), body, byName,
                new FormSource("", ""));
    }

    /** The answer of {@code name} as a number, as an XLSForm expression sees it (empty when unanswered). */
    static double number(Answers a, String name) {
        String v = a.get(name);
        return v == null || v.isEmpty() ? Double.NaN : Double.parseDouble(v);
    }

    static String str(Answers a, String name) {
        String v = a.get(name);
        return v == null ? "" : v;
    }
}
