package org.concord.forms.xlsform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.common.Problem;
import org.concord.forms.Choice;
import org.concord.forms.ChoiceList;
import org.concord.forms.Group;
import org.concord.forms.LocalizedText;
import org.concord.forms.Node;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.forms.Repeat;
import org.concord.forms.expr.Expression;
import org.concord.forms.expr.ExpressionException;
import org.concord.forms.expr.ExpressionParser;
import org.concord.forms.expr.SecondaryInstances;
import org.concord.forms.validation.DidYouMean;
import org.concord.forms.validation.XlsFormNames;

/** Reads the survey sheet into questions and nested groups, reporting every problem of its rows. */
final class SurveyReader {
    /** A question or group with the sheet row it came from. */
    record Entry(int row, List<String> cells, Node node) {
    }

    /** An expression whose {@code ${name}} references are checked once every name is known. */
    record PendingReferences(int row, String column, Expression expression) {
    }

    final SheetColumns cols;
    final List<Problem> problems;
    final List<Problem> warnings;
    final OptionsReader options;
    /** Rows of select_one_external questions: their lists come from the external_choices sheet. */
    final Set<Integer> externalRows = new java.util.HashSet<>();
    /** Rows of select_one_from_file and select_multiple_from_file questions: their list is the file's name. */
    final Set<Integer> fileRows = new java.util.HashSet<>();
    /** Instances declared by csv-external and xml-external rows, to the row that declared them. */
    final Map<String, Integer> instanceRows = new LinkedHashMap<>();
    private SecondaryInstances instances = new SecondaryInstances();
    final List<Entry> entries = new ArrayList<>();
    final List<PendingReferences> references = new ArrayList<>();
    /** Question names (not groups) to the row that declared them. */
    final Map<String, Integer> questionNames = new LinkedHashMap<>();
    /** Every question and group name to the row that declared it. */
    final Map<String, Integer> allNames = new LinkedHashMap<>();
    /** The lists of selects kept as calculates (a calculation and no label), by row: each must still exist. */
    final Map<Integer, String> hiddenSelectLists = new LinkedHashMap<>();
    /** Repeat names to the row that declared them: {@code count(${repeat})} may refer to them. */
    final Map<String, Integer> repeatNames = new LinkedHashMap<>();
    /** Every name with the groups around it: a name may recur in different groups (then stored by its path). */
    final ElementNames elementNames = new ElementNames();
    /** The choice lists by name, for the loops ({@code begin loop over L}). */
    Map<String, ChoiceList> loopLists = Map.of();
    /** The rows inside loops to the choices they were copied for (their texts' references are checked per choice). */
    final Map<Integer, List<Choice>> loopRowChoices = new java.util.HashMap<>();
    /** The groups and repeats open at the row being read, innermost first. */
    private Deque<Frame> open;

    static final class Frame {
        final String name;
        final LocalizedText label;
        final Expression relevant;
        final String appearance;
        final boolean randomize;
        final int row;
        final List<Node> children = new ArrayList<>();
        /** True for a begin_repeat; then {@code repeatCount} is its repeat_count or null. */
        boolean repeat;
        Expression repeatCount;
        /** True for the group of one choice of a loop; then {@code loopName} is the loop's name. */
        boolean loopChoice;
        String loopName;

        Frame(String name, LocalizedText label, Expression relevant, String appearance, boolean randomize, int row) {
            this.name = name;
            this.label = label;
            this.relevant = relevant;
            this.appearance = appearance;
            this.randomize = randomize;
            this.row = row;
        }
    }

    SurveyReader(SheetColumns cols, List<Problem> problems, List<Problem> warnings) {
        this.cols = cols;
        this.problems = problems;
        this.warnings = warnings;
        this.options = new OptionsReader(cols, problems, warnings, this::expression);
    }

    /** The instances that instance() and pulldata() in this survey read. */
    void useInstances(SecondaryInstances forms) {
        instances = forms;
        options.instances = forms;
    }

    Sheet sheet() {
        return cols.sheet();
    }

    /** The top-level elements of the survey. */
    List<Node> read() {
        boolean usable = true;
        for (String required : List.of("type", "name")) {
            if (!cols.has(required)) {
                problems.add(sheet().problem(1, null, "missing column " + required
                        + "; the survey sheet needs the columns type, name and label"));
                usable = false;
            }
        }
        if (!usable) {
            return List.of();
        }
        cols.checkUnused(problems, warnings);
        Deque<Frame> stack = new ArrayDeque<>();
        open = stack;
        stack.push(new Frame(null, LocalizedText.EMPTY, null, "", false, 0));
        readRows(0, sheet().rows().size(), stack, null);
        while (stack.size() > 1) {
            Frame open = stack.pop();
            String kind = open.repeat ? "repeat" : "group";
            problems.add(sheet().problem(open.row, cols.header("type"), "begin_" + kind + " " + open.name
                    + " is never closed; add an end_" + kind + " row after its last question"));
        }
        if (questionNames.isEmpty()) {
            problems.add(sheet().problem(0, null, "the survey has no questions; add at least one question row"
                    + " (groups alone show nothing)"));
        }
        return PathKeys.keyed(this, stack.pop().children);
    }

    /**
     * Reads the rows {@code from} (inclusive) to {@code to}; inside a loop, {@code choice} is the choice whose copy of
     * the rows this is (else null).
     */
    void readRows(int from, int to, Deque<Frame> stack, Choice choice) {
        List<List<String>> rows = sheet().rows();
        for (int i = from; i < to; i++) {
            List<String> cells = rows.get(i);
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            int row = Sheet.rowNumber(i);
            if (choice != null) {
                loopRowChoices.computeIfAbsent(row, r -> new ArrayList<>()).add(choice);
                cells = Loops.substituted(cells, row, choice, cols, problems);
            }
            String type = cols.get(cells, "type");
            if (Loops.beginList(type) != null) {
                i = Loops.read(this, i, cells, stack);
            } else if (Loops.isEnd(type)) {
                problems.add(sheet().problem(row, cols.header("type"), "end loop without a matching begin loop; "
                        + "delete it or add a begin loop over LIST row above"));
            } else if (stack.peek().loopChoice && SurveyTypes.parse(type).word().startsWith("end_")) {
                problems.add(sheet().problem(row, cols.header("type"), SurveyTypes.parse(type).word() + " inside "
                        + "loop " + stack.peek().loopName + " closes nothing opened in the loop; delete it or move "
                        + "the end loop row below it"));
            } else {
                readRow(row, cells, stack);
            }
        }
    }

    /** The names of the open groups and repeats, outermost first. */
    private List<String> openPath() {
        List<String> path = new ArrayList<>();
        open.descendingIterator().forEachRemaining(f -> {
            if (f.row != 0) {
                path.add(f.name == null ? "" : f.name); // a group without a name is reported where it begins
            }
        });
        return path;
    }

    /** Records a name in the open group; reports a sibling (or repeat) of the same name, warns of one in other case. */
    void registerElement(String name, int row, String kind, String clashPrefix) {
        ElementNames.Clash clash = elementNames.add(name, row, openPath(), kind);
        if (clash != null && clash.row() == 0) {
            warnings.add(sheet().problem(row, cols.header("name"), clash.message()));
        } else if (clash != null) {
            problems.add(sheet().problem(row, cols.header("name"), clashPrefix + clash.message()));
        }
    }

    private void readRow(int row, List<String> cells, Deque<Frame> stack) {
        String typeCell = cols.get(cells, "type");
        String typeHeader = cols.header("type");
        if (typeCell.isEmpty()) {
            if (cols.get(cells, "name").isEmpty() && cols.text(cells, "label").isBlank()) {
                if (cols.hasText(cells)) {
                    warnings.add(sheet().problem(row, typeHeader, "a row with no type, name or label is a comment "
                            + "row: it is skipped, as pyxform skips it"));
                }
                return;
            }
            problems.add(sheet().problem(row, typeHeader, "type is empty; give the row a type such as text or "
                    + "select_one LIST, or delete the row"));
            registerQuestionName(row, cells);
            return;
        }
        SurveyTypes.Parsed parsed = SurveyTypes.parse(typeCell);
        String word = parsed.word();
        if (!word.equals(SurveyTypes.BEGIN_REPEAT) && !cols.get(cells, "repeat_count").isEmpty()) {
            problems.add(sheet().problem(row, cols.header("repeat_count"), "repeat_count is only for a "
                    + "begin_repeat row; remove it from this " + word + " row"));
        }
        if (word.equals(SurveyTypes.END_GROUP) || word.equals(SurveyTypes.END_REPEAT)) {
            String kind = word.equals(SurveyTypes.END_GROUP) ? "group" : "repeat";
            if (stack.size() == 1) {
                problems.add(sheet().problem(row, typeHeader, "end_" + kind + " without a matching begin_" + kind
                        + "; delete it or add a begin_" + kind + " above"));
                return;
            }
            if (stack.peek().repeat != kind.equals("repeat")) {
                String open = stack.peek().repeat ? "repeat" : "group";
                problems.add(sheet().problem(row, typeHeader, "end_" + kind + " closes begin_" + open + " "
                        + stack.peek().name + " (row " + stack.peek().row + "); write end_" + open + " here"));
            }
            Frame f = stack.pop();
            if (f.repeat) {
                if (f.children.isEmpty()) {
                    // Its rows were refused (said once, for each row), or there were none: pyxform accepts an empty
                    // repeat, which asks nothing.
                    if (problems.stream().noneMatch(p -> p.row() > f.row && p.row() < row
                            && java.util.Objects.equals(p.file(), sheet().file())
                            && java.util.Objects.equals(p.sheet(), sheet().sheet()))) {
                        warnings.add(sheet().problem(f.row, typeHeader, "repeat " + f.name + " has no questions, "
                                + "so it is left out (it would ask nothing)"));
                    }
                    return;
                }
                stack.peek().children.add(new Repeat(f.name, f.label, f.relevant, f.repeatCount, f.children,
                        f.row));
                return;
            }
            if (f.children.isEmpty()) {
                warnings.add(sheet().problem(f.row, typeHeader, "group " + f.name + " has no questions; it is "
                        + "not shown"));
            }
            Group group = new Group(f.name, f.label, f.relevant, f.appearance, f.randomize, f.children, f.row);
            stack.peek().children.add(group);
            return;
        }
        String refusal = SurveyTypes.refusal(word);
        if (refusal != null) {
            problems.add(sheet().problem(row, typeHeader, refusal));
            registerQuestionName(row, cells);
            return;
        }
        if (SurveyTypes.declaresInstance(word)) {
            String instance = registerName(row, cells, true);
            if (instance != null) {
                instanceRows.putIfAbsent(instance, row);
            }
            return;
        }
        boolean phoneNumber = word.equals(SurveyTypes.PHONE_NUMBER);
        boolean external = word.equals(SurveyTypes.SELECT_ONE_EXTERNAL);
        QuestionType fromFile = SurveyTypes.fromFile(word);
        if (!phoneNumber && !external && fromFile == null && !SurveyTypes.SUPPORTED.contains(word)) {
            problems.add(sheet().problem(row, typeHeader, "unknown type " + word
                    + DidYouMean.closest(word, SurveyTypes.SUPPORTED).map(s -> "; did you mean " + s + "?")
                    .orElse("; supported types: " + SurveyTypes.supportedList())));
            registerQuestionName(row, cells);
            return;
        }
        if (word.equals(SurveyTypes.BEGIN_REPEAT)) {
            beginRepeat(row, cells, stack);
            return;
        }
        if (word.equals(SurveyTypes.BEGIN_GROUP)) {
            String name = registerName(row, cells, true);
            Expression relevant = expression(row, cells, "relevant");
            boolean randomize = groupParameters(row, cells);
            stack.push(new Frame(name, cols.text(cells, "label"), relevant, cols.get(cells, "appearance"),
                    randomize, row));
            return;
        }
        QuestionType type = phoneNumber ? QuestionType.TEXT : external ? QuestionType.SELECT_ONE
                : fromFile != null ? fromFile : QuestionType.valueOf(word.toUpperCase(Locale.ROOT));
        if (fromFile != null) {
            fileRows.add(row);
        }
        String listName = listName(row, type, parsed, typeHeader);
        String name = type == QuestionType.AUDIT ? auditName(row, cells) : registerName(row, cells, true);
        if (name != null) {
            questionNames.putIfAbsent(name, row);
        }
        if (type == QuestionType.RANK && parsed.orOther()) {
            warnings.add(sheet().problem(row, typeHeader, "rank " + name + " has or_other: Other is ranked with the "
                    + "other choices, so its text question " + name + "_other is asked whenever the order is kept "
                    + "(as pyxform writes it); add an \"other\" choice to list " + listName + " instead if the text "
                    + "is not wanted"));
        }
        Question q = question(row, cells, type, name, listName, parsed.orOther() && type.hasChoices());
        if (external) {
            externalRows.add(row);
        }
        if (phoneNumber) {
            q = PhoneNumber.of(q);
        }
        entries.add(new Entry(row, cells, q));
        stack.peek().children.add(q);
        Frame repeat = enclosingRepeat(stack);
        if (repeat != null && q.domain() != null) {
            problems.add(sheet().problem(row, cols.header("domain"), "values item " + q.name() + " is inside "
                    + "repeat " + repeat.name + " (row " + repeat.row + "); the analysis needs one answer per "
                    + "participant: move it out of the repeat or clear its domain"));
        }
        if (repeat != null && type.isMetadata()) {
            warnings.add(sheet().problem(row, cols.header("type"), metadataInRepeat(type, q.name(), repeat)));
        }
        if (q.options().orOther()) {
            Question other = OrOther.textQuestion(q);
            allNames.putIfAbsent(other.name(), row);
            registerElement(other.name(), row, "question", "or_other adds a question named " + other.name() + ": ");
            questionNames.putIfAbsent(other.name(), row);
            entries.add(new Entry(row, cells, other));
            stack.peek().children.add(other);
        }
    }

    /** A begin_repeat, also inside another repeat; refused in a randomised group (an instance is a page of its own). */
    private void beginRepeat(int row, List<String> cells, Deque<Frame> stack) {
        String name = registerName(row, cells, true);
        if (name != null) {
            repeatNames.putIfAbsent(name, row);
        }
        checkGroupsAround(row, name, stack);
        Frame frame = new Frame(name, cols.text(cells, "label"), expression(row, cells, "relevant"), "", false, row);
        frame.repeat = true;
        frame.repeatCount = expression(row, cells, "repeat_count");
        if (!cols.get(cells, "parameters").isEmpty()) {
            problems.add(sheet().problem(row, cols.header("parameters"), "parameters on begin_repeat are not "
                    + "supported by Concord; remove them"));
        }
        stack.push(frame);
    }

    /**
     * A repeat inside groups: refused in a randomised group (its instances cannot be shuffled among the group's
     * questions); in a field-list group a warning, as each instance is a page of its own (ODK Collect does not put a
     * repeat on a field-list page either) and the group's other questions go on pages before and after it.
     */
    private void checkGroupsAround(int row, String name, Deque<Frame> stack) {
        for (Frame group : stack) {
            if (group.row == 0) {
                continue;
            }
            if (group.randomize) {
                problems.add(sheet().problem(row, cols.header("type"), "repeat " + name + " is inside group "
                        + group.name + " (row " + group.row + "), which has randomize=true; Concord cannot shuffle "
                        + "a repeat's instances among the group's questions: move the repeat out of the group or "
                        + "remove randomize"));
            }
            if (group.appearance.toLowerCase(Locale.ROOT).contains("field-list")) {
                warnings.add(sheet().problem(row, cols.header("type"), "repeat " + name + " is inside field-list "
                        + "group " + group.name + " (row " + group.row + "); each instance of the repeat is a page "
                        + "of its own (as in ODK Collect), and the group's other questions are shown on pages before "
                        + "and after it"));
            }
        }
    }

    /** What Concord records for a metadata row inside a repeat (ODK records metadata for the whole form). */
    private static String metadataInRepeat(QuestionType type, String name, Frame repeat) {
        String when = switch (type) {
            case END -> "at submit, the same time in every instance";
            case AUDIT -> "nothing per instance: Concord's paradata covers the whole participant";
            default -> "once per instance, when the instance is made";
        };
        return type.xlsformName() + " " + name + " is inside repeat " + repeat.name + " (row " + repeat.row
                + "); Concord records it " + when + "; ODK records metadata for the whole form, so move it out "
                + "of the repeat to record it once per participant";
    }

    private static Frame enclosingRepeat(Deque<Frame> stack) {
        for (Frame f : stack) {
            if (f.repeat) {
                return f;
            }
        }
        return null;
    }

    private String listName(int row, QuestionType type, SurveyTypes.Parsed parsed, String typeHeader) {
        if (type.hasChoices()) {
            if (parsed.listName() == null || parsed.listName().isEmpty()) {
                problems.add(sheet().problem(row, typeHeader, type.xlsformName() + " needs a choice list: write "
                        + type.xlsformName() + " LIST, where LIST is a list_name of the choices sheet"));
                return null;
            }
            if (parsed.extra() != null) {
                problems.add(sheet().problem(row, typeHeader, "unexpected words after the list name "
                        + parsed.listName() + ": " + parsed.extra() + "; write " + type.xlsformName() + " LIST"));
            }
            return parsed.listName();
        }
        if (parsed.extra() != null || parsed.orOther()) {
            problems.add(sheet().problem(row, typeHeader, "type " + type.xlsformName()
                    + " takes no list name; write only " + type.xlsformName()));
        }
        return null;
    }

    private Question question(int row, List<String> cells, QuestionType type, String name, String listName,
                              boolean orOther) {
        String calcText = cols.get(cells, "calculation");
        LocalizedText label = cols.text(cells, "label");
        LocalizedText hint = cols.text(cells, "hint");
        boolean shown = !label.isBlank() || !hint.isBlank() || hasMedia(cells);
        if (!calcText.isEmpty() && !shown && type != QuestionType.CALCULATE && !type.isMetadata()) {
            // pyxform's typed calculate: a question with a calculation and nothing to show is not shown; a select
            // then has no choices (pyxform writes a string bind without an itemset), but its list must exist.
            warnings.add(sheet().problem(row, cols.header("calculation"), type.xlsformName() + " " + name
                    + " has a calculation and no label or hint, so it is not shown; Concord keeps it as a calculate"
                    + " (its value stored as text)"));
            if (type.hasChoices()) {
                hiddenSelectLists.put(row, listName);
                listName = null;
                orOther = false;
            }
            type = QuestionType.CALCULATE;
        }
        Expression calculation = null;
        if (type == QuestionType.CALCULATE && calcText.isEmpty()) {
            boolean hidden = cols.get(cells, "type").strip().equalsIgnoreCase("hidden");
            if (cols.get(cells, "default").isEmpty() && hidden) {
                warnings.add(sheet().problem(row, cols.header("calculation"), "hidden " + name + " has no "
                        + "calculation or default, so it is always empty (pyxform writes a value that nothing sets);"
                        + " give it a calculation or remove the row"));
            } else if (cols.get(cells, "default").isEmpty()) {
                problems.add(sheet().problem(row, cols.header("calculation"), "calculate " + name
                        + " has no calculation; write its expression in the calculation column (or give it a "
                        + "default)"));
            }
        } else if (!calcText.isEmpty()) {
            if (type.isMetadata() || type == QuestionType.NOTE) {
                problems.add(sheet().problem(row, cols.header("calculation"), "calculation on type "
                        + type.xlsformName() + " is not supported by Concord; use a calculate row"));
            } else {
                calculation = expression(row, cells, "calculation");
            }
        }
        if ((type.isAnswerable() || type == QuestionType.NOTE) && !shown) {
            problems.add(sheet().problem(row, cols.has("label") ? cols.anyHeader("label") : cols.header("name"),
                    type.xlsformName() + " " + name + " has no label or hint; write a label (only a calculate and "
                    + "metadata may have none)"));
        }
        String parameters = cols.get(cells, "parameters");
        ParameterRules.check(row, fileRows.contains(row) ? FileChoices.shuffleParameters(parameters) : parameters,
                type, sheet(), cols.header("parameters"),
                problems, warnings);
        return new Question(name, type, listName, label, hint, required(row, cells),
                cols.text(cells, "required_message"), expression(row, cells, "relevant"),
                expression(row, cells, "constraint"), cols.text(cells, "constraint_message"),
                cols.get(cells, "appearance"), calculation, emptyToNull(cols.get(cells, "domain")),
                reverse(row, cells), row, options.read(row, cells, type, orOther));
    }

    /** True when the row has an image, audio or video column with text (pyxform shows such a question). */
    private boolean hasMedia(List<String> cells) {
        for (SheetColumns.Header h : cols.headers()) {
            String base = h.base();
            if ((base.equals("media") || ColumnCatalogue.TRANSLATABLE_UNUSED.contains(base)
                    && !base.equals("guidance_hint") && !base.equals("no_app_error_string"))
                    && h.index() < cells.size() && !cells.get(h.index()).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private boolean reverse(int row, List<String> cells) {
        String v = cols.get(cells, "reverse").toLowerCase(Locale.ROOT);
        return switch (v) {
            case "yes", "true", "true()", "1", "y" -> true;
            case "", "no", "false", "false()", "0", "n" -> false;
            default -> {
                problems.add(sheet().problem(row, cols.header("reverse"), "reverse must be yes or no (or empty), "
                        + "not " + cols.get(cells, "reverse")));
                yield false;
            }
        };
    }

    private Expression required(int row, List<String> cells) {
        String v = cols.get(cells, "required");
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "true()" -> ExpressionParser.constant(true, v);
            case "", "no", "false", "false()" -> null;
            default -> expression(row, cells, "required");
        };
    }

    private boolean groupParameters(int row, List<String> cells) {
        String text = cols.get(cells, "parameters");
        boolean randomize = false;
        for (ParameterRules.Param p : ParameterRules.params(text)) {
            String value = p.value().toLowerCase(Locale.ROOT);
            if (p.key().equals("randomize") && (value.equals("true") || value.equals("false"))) {
                randomize = value.equals("true");
            } else {
                problems.add(sheet().problem(row, cols.header("parameters"), "parameter " + p.text()
                        + " is not supported by Concord; a group takes randomize=true or randomize=false"));
            }
        }
        return randomize;
    }

    /** Parses an expression column of a row, or returns null when it is empty or does not parse. */
    Expression expression(int row, List<String> cells, String column) {
        String text = cols.get(cells, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            Expression e = ExpressionParser.parseCell(text, instances);
            references.add(new PendingReferences(row, cols.header(column), e));
            return e;
        } catch (ExpressionException e) {
            problems.add(sheet().problem(row, cols.header(column), "cannot parse the expression: "
                    + e.getMessage()));
            return null;
        }
    }

    /** Records the name of a row that is refused, so that its name does not also show up as unknown. */
    private void registerQuestionName(int row, List<String> cells) {
        String name = registerName(row, cells, false);
        if (name != null) {
            questionNames.putIfAbsent(name, row);
        }
    }

    /** Checks and records the row's name; returns it (possibly invalid) or null when empty. */
    /** An audit is named audit, as ODK requires; pyxform gives the name when the cell is empty. */
    private String auditName(int row, List<String> cells) {
        String name = cols.get(cells, "name");
        if (!name.isEmpty() && !name.equals("audit")) {
            problems.add(sheet().problem(row, cols.header("name"), "an audit must be named audit, not " + name
                    + "; write audit in the name column"));
        }
        if (name.isEmpty() && allNames.putIfAbsent("audit", row) != null) {
            problems.add(sheet().problem(row, cols.header("name"), "the form has two audit rows; keep one"));
        }
        return name.isEmpty() ? "audit" : registerName(row, cells, true);
    }

    String registerName(int row, List<String> cells, boolean required) {
        String name = cols.get(cells, "name");
        String header = cols.header("name");
        if (name.isEmpty() && required && SurveyTypes.parse(cols.get(cells, "type")).word().equals("note")) {
            name = "generated_note_name_" + row;
            warnings.add(sheet().problem(row, header, "note without a name: Concord names it " + name
                    + ", as pyxform does"));
        }
        if (name.isEmpty()) {
            if (required) {
                problems.add(sheet().problem(row, header, "name is empty; every question and group needs a "
                        + "unique name"));
            }
            return null;
        }
        if (!XlsFormNames.isValid(name)) {
            problems.add(sheet().problem(row, header, "\"" + name + "\" is not a valid XLSForm name; "
                    + XlsFormNames.rule()));
        }
        allNames.putIfAbsent(name, row);
        String word = SurveyTypes.parse(cols.get(cells, "type")).word();
        boolean loop = Loops.beginList(cols.get(cells, "type")) != null;
        registerElement(name, row, loop || word.equals(SurveyTypes.BEGIN_GROUP) ? "group"
                : word.equals(SurveyTypes.BEGIN_REPEAT) ? "repeat" : "question", "");
        return name;
    }
}
