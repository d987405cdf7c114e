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
 * The pages of repeat instances: copies of a repeat's questions and groups named {@code name[i]} (in a repeat inside
 * a repeat {@code name[i][j]}), each knowing its instance, and the "add another" question of a repeat without
 * {@code repeat_count}. Copies are made once per instance, so the kiosk's views and the session agree on which
 * question is which.
 */
final class RepeatInstances {
    /** The most instances a repeat can have, whatever its {@code repeat_count} says. */
    static final int MAX_INSTANCES = 100;
    static final String YES = "yes";
    static final String NO = "no";

    /**
     * The instance an element copy belongs to.
     *
     * @param repeat the repeat
     * @param index  the 1-based instance, or 0 on the repeat's add-another page
     * @param outer  the instance of the repeat around it, or null for a repeat that is not inside another
     */
    record Scope(Repeat repeat, int index, Scope outer) {
        /** The instances of the repeats around this one, outermost first. */
        List<Integer> outerIndices() {
            return outer == null ? List.of() : outer.indices();
        }

        /** The instances of the repeats around this one and its own, outermost first. */
        List<Integer> indices() {
            List<Integer> out = new ArrayList<>(outerIndices());
            out.add(index);
            return out;
        }

        /** The instance of repeat {@code name} this scope is in (itself or around it), or 0. */
        int indexOf(String name) {
            for (Scope s = this; s != null; s = s.outer) {
                if (s.repeat.name().equals(name)) {
                    return s.index;
                }
            }
            return 0;
        }
    }

    private final PageLayout layout;
    private final List<String> languages;
    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    private final Map<String, List<Node>> contents = new HashMap<>();
    /** Page name to the instance of its copies. */
    private final Map<String, Scope> pageScopes = new HashMap<>();
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

    /** The scope of instance {@code indices} (outermost first) of {@code repeat}, or null for no indices. */
    Scope scope(Repeat repeat, List<Integer> indices) {
        List<Repeat> chain = layout.chain(repeat);
        Scope out = null;
        for (int level = 0; level < indices.size() && level < chain.size(); level++) {
            out = new Scope(chain.get(level), indices.get(level), out);
        }
        return out;
    }

    /** The page of a run of elements in instance {@code scope}, headed with its place {@code at}. */
    Page page(PageLayout.Run run, Scope scope, Page.Instance at) {
        String name = Repeat.key(run.name(), scope.indices());
        List<Node> content = contents.computeIfAbsent(name, k -> {
            List<Node> made = copies(run.nodes(), scope);
            created.addAll(layout.questionsOf(made));
            pageScopes.put(k, scope);
            return made;
        });
        return new Page(name, scope.repeat().label(), content, at);
    }

    private List<Node> copies(List<Node> nodes, Scope scope) {
        List<Node> out = new ArrayList<>();
        List<Integer> indices = scope.indices();
        for (Node node : nodes) {
            Node copy;
            if (node instanceof Group g) {
                copy = new Group(Repeat.key(g.name(), indices), g.label(), g.relevant(), g.appearance(),
                        g.randomize(), copies(g.children(), scope), g.row());
            } else if (node instanceof Question q) {
                copy = q.renamed(Repeat.key(q.name(), indices), q.label());
            } else {
                throw new IllegalStateException("repeat " + node.name() + " is laid out as a part of "
                        + scope.repeat().name() + ", not copied");
            }
            scopes.put(copy, scope);
            layout.enclosing.put(copy, layout.enclosing.getOrDefault(node, List.of()));
            out.add(copy);
        }
        return out;
    }

    /**
     * Forgets the pages of the instances of {@code repeat} inside instance {@code outerIndices} of the repeats around
     * it beyond {@code count} (and of the repeats inside them): one added again is made anew, with defaults.
     */
    void forgetBeyond(Repeat repeat, List<Integer> outerIndices, int count) {
        pageScopes.entrySet().removeIf(page -> {
            for (Scope s = page.getValue(); s != null; s = s.outer()) {
                if (s.repeat().name().equals(repeat.name())) {
                    boolean gone = s.index() > count && s.outerIndices().equals(outerIndices);
                    if (gone) {
                        contents.remove(page.getKey());
                    }
                    return gone;
                }
            }
            return false;
        });
    }

    /** The questions of the instances made since the last call (a new instance gets its questions' defaults). */
    List<Question> drainCreated() {
        List<Question> out = List.copyOf(created);
        created.clear();
        return out;
    }

    /** The page after the last instance of an add-another repeat (in instance {@code outer}) that asks for one more. */
    Page addPage(Repeat repeat, Scope outer, Page.Instance at) {
        String name = Repeat.key(repeat.name(), outer == null ? List.of() : outer.indices())
                + Repeat.ADD_ANOTHER_SUFFIX;
        Question ask = addQuestions.computeIfAbsent(name, k -> addQuestion(repeat, k));
        scopes.putIfAbsent(ask, new Scope(repeat, 0, outer));
        layout.enclosing.putIfAbsent(ask, layout.around(repeat).with(repeat));
        return new Page(ask.name(), repeat.label(), List.of(ask), at);
    }

    private Question addQuestion(Repeat repeat, String name) {
        Map<String, String> label = new LinkedHashMap<>();
        for (String code : languages) {
            label.put(code, texts.addAnother(code, repeat.label().get(code, languages.get(0))));
        }
        Expression required = ExpressionParser.constant(true, "yes");
        return new Question(name, QuestionType.SELECT_ONE, null,
                new LocalizedText(label), LocalizedText.EMPTY, required, LocalizedText.EMPTY, null, null,
                LocalizedText.EMPTY, "", null, null, false, repeat.row());
    }

    /** The yes and no choices of an add-another question, or null when {@code q} is not one. */
    List<Choice> addChoices(Question q) {
        if (!q.name().endsWith(Repeat.ADD_ANOTHER_SUFFIX) || addQuestions.get(q.name()) != q) {
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

    /** The count item of an add-another question name: the repeat's name, {@code person[2]} inside household 2. */
    static String repeatOfAdd(String addName) {
        return addName.substring(0, addName.length() - Repeat.ADD_ANOTHER_SUFFIX.length());
    }
}
