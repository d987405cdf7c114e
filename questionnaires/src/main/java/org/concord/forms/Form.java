package org.concord.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.common.Problem;
import org.concord.forms.xlsform.OrOther;

/**
 * A loaded, validated XLSForm. Immutable; the same model whether the form came from an {@code .xlsx} or a CSV folder.
 *
 * @param settings    the settings sheet
 * @param languages   the languages in header order; the default language first
 * @param body        the top-level elements of the survey sheet
 * @param choiceLists the choice lists by name, in sheet order
 * @param source      the canonical text of the form and its SHA-256, as stored in a study file
 * @param warnings    what the form says that Concord ignores or fills in (missing translations, unused columns and
 *                    settings), each with its file, row and column; the stored form text gives the same warnings
 * @param repeatIndex the repeats of the body and the items they store: always found again from {@code body} (pass
 *                    null), so that it cannot disagree with the body
 */
public record Form(FormSettings settings, List<Language> languages, List<Node> body,
                   Map<String, ChoiceList> choiceLists, FormSource source, List<Problem> warnings,
                   RepeatIndex repeatIndex) {

    /** The name of the question that says who answered. */
    public static final String ROLE_QUESTION = "role";

    public Form {
        languages = List.copyOf(languages);
        body = List.copyOf(body);
        choiceLists = Collections.unmodifiableMap(new LinkedHashMap<>(choiceLists));
        warnings = List.copyOf(warnings);
        repeatIndex = RepeatIndex.of(body);
    }

    /** A form read from sheets, with its warnings; its repeats are indexed from the body. */
    public Form(FormSettings settings, List<Language> languages, List<Node> body, Map<String, ChoiceList> choiceLists,
                FormSource source, List<Problem> warnings) {
        this(settings, languages, body, choiceLists, source, warnings, null);
    }

    /** A form without warnings (built in code rather than read from sheets). */
    public Form(FormSettings settings, List<Language> languages, List<Node> body, Map<String, ChoiceList> choiceLists,
                FormSource source) {
        this(settings, languages, body, choiceLists, source, List.of());
    }

    /** Every question in sheet order, groups and repeats flattened (a repeated question once, by its name). */
    public List<Question> questions() {
        List<Question> out = new ArrayList<>();
        collect(body, out);
        return Collections.unmodifiableList(out);
    }

    static void collect(List<Node> nodes, List<Question> out) {
        for (Node node : nodes) {
            if (node instanceof Question q) {
                out.add(q);
            } else if (node instanceof Group g) {
                collect(g.children(), out);
            } else if (node instanceof Repeat r) {
                collect(r.children(), out);
            }
        }
    }

    /**
     * The repeats of the form in sheet order, at the top level, inside groups or inside other repeats (an outer repeat
     * before the repeats inside it).
     */
    public List<Repeat> repeats() {
        return repeatIndex.repeats();
    }

    /** The repeat a repeat is inside, when it is inside another. */
    public Optional<Repeat> outerRepeat(Repeat repeat) {
        return Optional.ofNullable(repeatIndex.outerOf().get(repeat.name()));
    }

    /** A repeat and the repeats around it, outermost first (the repeat itself last). */
    public List<Repeat> repeatChain(Repeat repeat) {
        return repeatIndex.chain(repeat);
    }

    /**
     * True for what repeats store besides the form's questions: {@code q[i]} of a question asked in a repeat
     * ({@code q[i][j]} in a repeat inside a repeat), the number of instances of an add-another repeat (stored under the
     * repeat's name, {@code name[i]} inside instance {@code i} of another repeat) and its last "add another?" answer
     * ({@code name#add}, {@code name[i]#add}). Never a values item: the analysis leaves these out.
     */
    public boolean isRepeatItem(String item) {
        return repeatIndex.isRepeatItem(item);
    }

    /** The innermost repeat a question is asked in, when it is inside one. */
    public Optional<Repeat> repeatOf(String questionName) {
        return repeatIndex.repeatOf(questionName);
    }

    /** The question with this name. */
    public Optional<Question> question(String name) {
        return questions().stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** The values items (select_one with a domain) in sheet order. */
    public List<Question> valuesItems() {
        return questions().stream().filter(Question::isValuesItem).toList();
    }

    /** The choice list of a select question. */
    public Optional<ChoiceList> choicesOf(Question question) {
        Optional<ChoiceList> list = Optional.ofNullable(question.listName()).map(choiceLists::get);
        if (question.options().orOther() && list.isPresent() && list.get().choice(OrOther.CHOICE).isEmpty()) {
            List<Choice> withOther = new ArrayList<>(list.get().choices());
            withOther.add(new Choice(OrOther.CHOICE, OrOther.choiceLabel(), Map.of(), question.row()));
            return Optional.of(new ChoiceList(list.get().name(), withOther));
        }
        return list;
    }

    /** The number of scale points A of a values item (its choices are {@code 1..A}). */
    public int scaleSize(Question valuesItem) {
        return choicesOf(valuesItem).map(ChoiceList::size).orElse(0);
    }

    /** The {@code role} question, when the form has one. */
    public Optional<Question> roleQuestion() {
        return question(ROLE_QUESTION);
    }

    /** The code of the default language: from settings, else the first language. */
    public String defaultLanguage() {
        String wanted = settings.defaultLanguage();
        if (wanted != null && !wanted.isBlank()) {
            for (Language language : languages) {
                if (wanted.equals(language.code()) || wanted.equals(language.name())
                        || wanted.equals(language.headerName())) {
                    return language.code();
                }
            }
        }
        return languages.isEmpty() ? Language.DEFAULT_CODE : languages.get(0).code();
    }
}
