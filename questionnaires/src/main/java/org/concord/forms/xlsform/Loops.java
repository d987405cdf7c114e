package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.common.Problem;
import org.concord.forms.Choice;
import org.concord.forms.ChoiceList;
import org.concord.forms.Group;
import org.concord.forms.validation.DidYouMean;

/**
 * pyxform's loop: {@code begin loop over L} ... {@code end loop} is a group named as the loop row, holding for each
 * choice of list {@code L} (but one named {@code none}) a group named and labelled as the choice, with a copy of the
 * loop's rows in which {@code %(name)s} and {@code %(label)s} are the choice's name and label (in the cell's language).
 * The copies' names repeat across the choices' groups, so they are stored by their path: {@code loop/choice/q}.
 */
final class Loops {
    private static final Pattern BEGIN = Pattern.compile("begin[ _]loop(?: (?:over )?(\\S+))?");
    private static final Pattern END = Pattern.compile("end[ _]loop");
    private static final Pattern PLACEHOLDER = Pattern.compile("%(%|\\(([^)]*)\\)s)");
    /** The choice pyxform leaves out of a loop (the "none of these" of a select_multiple). */
    static final String NONE = "none";

    private Loops() {
    }

    private static String normal(String typeCell) {
        return typeCell.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The list name of a {@code begin loop over L} type cell ("" when it names none), or null for any other type. */
    static String beginList(String typeCell) {
        Matcher m = BEGIN.matcher(normal(typeCell));
        if (!m.matches()) {
            return null;
        }
        return m.group(1) == null ? "" : typeCell.strip().substring(typeCell.strip().length() - m.group(1).length());
    }

    /** True for {@code end loop} (or {@code end_loop}). */
    static boolean isEnd(String typeCell) {
        return END.matcher(normal(typeCell)).matches();
    }

    /** The index of the {@code end loop} row that closes the loop begun at {@code begin}, or -1 when none does. */
    static int end(List<List<String>> rows, int begin, SheetColumns cols) {
        int depth = 0;
        for (int i = begin + 1; i < rows.size(); i++) {
            String type = cols.get(rows.get(i), "type");
            if (beginList(type) != null) {
                depth++;
            } else if (isEnd(type) && depth-- == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The choices a loop asks about: every choice of its list but {@code none}. */
    static List<Choice> asked(List<Choice> choices) {
        return choices.stream().filter(c -> !c.name().equals(NONE)).toList();
    }

    /**
     * The cells of a loop row for one choice: {@code %(name)s} and {@code %(label)s} replaced (the label in each
     * translatable column's language), {@code %%} made {@code %}; any other {@code %(x)s} is reported and kept.
     */
    static List<String> substituted(List<String> cells, int row, Choice choice, SheetColumns cols,
                                    List<Problem> problems) {
        List<String> out = new ArrayList<>(cells);
        for (SheetColumns.Header h : cols.headers()) {
            String cell = h.index() < cells.size() ? cells.get(h.index()) : "";
            if (!cell.contains("%")) {
                continue;
            }
            String code = h.languageSpec() == null ? cols.defaultCode() : SheetColumns.language(h.languageSpec())
                    .code();
            String label = choice.label().get(code, cols.defaultCode());
            Matcher m = PLACEHOLDER.matcher(cell);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String key = m.group(2);
                String value;
                if (key == null) {
                    value = "%";
                } else if (key.equals("name")) {
                    value = choice.name();
                } else if (key.equals("label")) {
                    value = label;
                } else {
                    problems.add(cols.sheet().problem(row, h.raw(), "%(" + key + ")s is not a loop substitution; "
                            + "in a loop's rows write %(name)s or %(label)s for the name or label of each choice"));
                    value = m.group();
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            out.set(h.index(), sb.toString());
        }
        return out;
    }

    /**
     * The name a reference written in a loop's row ({@code ${%(name)s_has}}) has for each of these choices; the name
     * itself outside loops.
     */
    static List<String> referenceNames(String name, List<Choice> choices) {
        if (choices == null || !name.contains("%(")) {
            return List.of(name);
        }
        return choices.stream().map(c -> name.replace("%(name)s", c.name())).distinct().toList();
    }

    /**
     * A {@code begin loop over L} row at index {@code begin}: a group with one group per choice of L holding a copy of
     * the loop's rows (see the class comment); returns the index of its {@code end loop} row.
     */
    static int read(SurveyReader reader, int begin, List<String> cells, Deque<SurveyReader.Frame> stack) {
        int row = Sheet.rowNumber(begin);
        SheetColumns cols = reader.cols;
        Sheet sheet = reader.sheet();
        List<Problem> problems = reader.problems;
        String typeHeader = cols.header("type");
        String list = beginList(cols.get(cells, "type"));
        String name = reader.registerName(row, cells, true); // null (and reported) when empty, as pyxform refuses
        String called = name != null ? name : "over " + list;
        int end = end(sheet.rows(), begin, cols);
        if (end < 0) {
            problems.add(sheet.problem(row, typeHeader, "begin loop " + called + " is never closed; add an end loop "
                    + "row after its last question"));
            return sheet.rows().size();
        }
        ChoiceList choices = reader.loopLists.get(list);
        if (list.isEmpty()) {
            problems.add(sheet.problem(row, typeHeader, "begin loop needs a choice list: write begin loop over LIST, "
                    + "where LIST is a list_name of the choices sheet"));
        } else if (choices == null) {
            problems.add(sheet.problem(row, typeHeader, "unknown choice list " + list + " for loop " + called
                    + DidYouMean.closest(list, reader.loopLists.keySet()).map(l -> "; did you mean " + l + "?")
                    .orElse("; add it to the choices sheet")));
        }
        if (choices == null) {
            return end;
        }
        if (name != null) {
            stack.push(new SurveyReader.Frame(name, cols.text(cells, "label"), reader.expression(row, cells,
                    "relevant"), cols.get(cells, "appearance"), false, row));
        }
        for (Choice choice : asked(choices.choices())) {
            reader.allNames.putIfAbsent(choice.name(), row);
            reader.registerElement(choice.name(), row, "group", "");
            SurveyReader.Frame group = new SurveyReader.Frame(choice.name(), choice.label(), null, "", false, row);
            group.loopChoice = true;
            group.loopName = called;
            stack.push(group);
            reader.readRows(begin + 1, end, stack, choice);
            while (stack.peek() != group) {
                SurveyReader.Frame open = stack.pop();
                String kind = open.repeat ? "repeat" : "group";
                problems.add(sheet.problem(open.row, typeHeader, "begin_" + kind + " " + open.name + " inside loop "
                        + called + " is never closed; add an end_" + kind + " row before the end loop"));
            }
            closeGroup(stack);
        }
        if (asked(choices.choices()).isEmpty()) {
            reader.warnings.add(sheet.problem(row, typeHeader, "loop " + called + " has no choices to ask about (a "
                    + "choice named none is left out); it is not shown"));
        }
        if (name != null) {
            closeGroup(stack);
        }
        return end;
    }

    /** Closes the group on top of the stack (a loop or one of its choices) into the one below it. */
    private static void closeGroup(Deque<SurveyReader.Frame> stack) {
        SurveyReader.Frame f = stack.pop();
        stack.peek().children.add(new Group(f.name, f.label, f.relevant, f.appearance, f.randomize, f.children,
                f.row));
    }
}
