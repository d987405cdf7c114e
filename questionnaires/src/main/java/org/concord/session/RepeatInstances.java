package org.concord.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.forms.Choice;
import org.concord.forms.Group;
import org.concord.forms.LocalizedText;
import org.concord.forms.Node;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.forms.Repeat;
import org.concord.forms.expr.Expression;
import org.concord.forms.expr.ExpressionParser;

/**
 * The pages of repeat instances: copies of a repeat's questions and groups named {@code name[i]}, each knowing its
 * instance, and the "add another" question of a repeat without {@code repeat_count}. Copies are made once per
 * instance, so the kiosk's views and the session agree on which question is which.
 */
final class RepeatInstances {
    /** The most instances a repeat can have, whatever its {@code repeat_count} says. */
    static final int MAX_INSTANCES = 100;
    static final String YES = "yes";
    static final String NO = "no";

    /** The instance an element copy belongs to. */
    record Scope(Repeat repeat, int index) {
    }

    private final PageLayout layout;
    private final List<String> languages;
    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    private final Map<String, List<Node>> contents = new HashMap<>();
    private final Map<String, Question> addQuestions = new LinkedHashMap<>();
    private RepeatTexts texts = RepeatTexts.ENGLISH;
    /** The questions of instances made since {@link #drainCreated()} was last called. */
    private final List<Question> created = new ArrayList<>();

    RepeatInstances(PageLayout layout, List<String> languages) {
        this.layout = layout;
        this.languages = List.copyOf(languages);
    }

    /** The instance an element copy is in, or null outside repeats. */
    Scope scopeOf(Node node) {
        return scopes.get(node);
    }

    /** Uses these words for the add-another questions from now on. */
    void useTexts(RepeatTexts texts) {
        this.texts = texts;
        addQuestions.clear();
    }

    /** The page of instance {@code index}; {@code count} is 0 for an add-another repeat. */
    Page page(Repeat repeat, int index, int count) {
        String name = Repeat.key(repeat.name(), index);
        List<Node> content = contents.computeIfAbsent(name, k -> {
            List<Node> made = copies(repeat.children(), repeat, index);
            created.addAll(layout.questionsOf(made));
            return made;
        });
        LocalizedText group = layout.around(repeat).label();
        return new Page(name, repeat.label(), content,
                new Page.Instance(repeat.name(), repeat.label(), index, count, false, group));
    }

    private List<Node> copies(List<Node> nodes, Repeat repeat, int index) {
        List<Node> out = new ArrayList<>();
        for (Node node : nodes) {
            Node copy;
            if (node instanceof Group g) {
                copy = new Group(Repeat.key(g.name(), index), g.label(), g.relevant(), g.appearance(),
                        g.randomize(), copies(g.children(), repeat, index), g.row());
            } else if (node instanceof Question q) {
                copy = q.renamed(Repeat.key(q.name(), index), q.label());
            } else {
                throw new IllegalStateException("nested repeat " + node.name() + " in " + repeat.name());
            }
            scopes.put(copy, new Scope(repeat, index));
            layout.enclosing.put(copy, layout.enclosing.getOrDefault(node, List.of()));
            out.add(copy);
        }
        return out;
    }

    /** Forgets the instance pages of a repeat beyond {@code count}: one added again is made anew, with defaults. */
    void forgetBeyond(Repeat repeat, int count) {
        contents.keySet().removeIf(name -> {
            Repeat.Indexed at = Repeat.parse(name);
            return at != null && at.name().equals(repeat.name()) && at.index() > count;
        });
    }

    /** The questions of the instances made since the last call (a new instance gets its questions' defaults). */
    List<Question> drainCreated() {
        List<Question> out = List.copyOf(created);
        created.clear();
        return out;
    }

    /** The page after the last instance of an add-another repeat that asks whether to add one more. */
    Page addPage(Repeat repeat, int count) {
        Question ask = addQuestions.computeIfAbsent(repeat.name(), k -> addQuestion(repeat));
        scopes.putIfAbsent(ask, new Scope(repeat, 0));
        PageLayout.Around around = layout.around(repeat);
        layout.enclosing.putIfAbsent(ask, around.with(repeat));
        return new Page(ask.name(), repeat.label(), List.of(ask),
                new Page.Instance(repeat.name(), repeat.label(), count, 0, true, around.label()));
    }

    private Question addQuestion(Repeat repeat) {
        Map<String, String> label = new LinkedHashMap<>();
        for (String code : languages) {
            label.put(code, texts.addAnother(code, repeat.label().get(code, languages.get(0))));
        }
        Expression required = ExpressionParser.constant(true, "yes");
        return new Question(repeat.name() + Repeat.ADD_ANOTHER_SUFFIX, QuestionType.SELECT_ONE, null,
                new LocalizedText(label), LocalizedText.EMPTY, required, LocalizedText.EMPTY, null, null,
                LocalizedText.EMPTY, "", null, null, false, repeat.row());
    }

    /** The yes and no choices of an add-another question, or null when {@code q} is not one. */
    List<Choice> addChoices(Question q) {
        if (!q.name().endsWith(Repeat.ADD_ANOTHER_SUFFIX) || addQuestions.get(repeatOfAdd(q.name())) != q) {
            return null;
        }
        Map<String, String> yes = new LinkedHashMap<>();
        Map<String, String> no = new LinkedHashMap<>();
        for (String code : languages) {
            yes.put(code, texts.yes(code));
            no.put(code, texts.no(code));
        }
        return List.of(new Choice(YES, new LocalizedText(yes), Map.of(), q.row()),
                new Choice(NO, new LocalizedText(no), Map.of(), q.row()));
    }

    /** The repeat name of an add-another question name. */
    static String repeatOfAdd(String addName) {
        return addName.substring(0, addName.length() - Repeat.ADD_ANOTHER_SUFFIX.length());
    }
}
