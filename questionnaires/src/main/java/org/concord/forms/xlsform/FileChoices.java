package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.common.Problem;
import org.concord.forms.Choice;
import org.concord.forms.ChoiceList;
import org.concord.forms.Language;
import org.concord.forms.Question;
import org.concord.forms.expr.Expression;
import org.concord.forms.expr.InstanceTable;
import org.concord.forms.expr.SecondaryInstances;

/**
 * What a form reads from the files beside it: the choice lists of {@code select_one_from_file} and
 * {@code select_multiple_from_file} questions, the secondary instances of {@code csv-external}, {@code xml-external}
 * and {@code pulldata()}, and the checks that every instance read is there and every one declared is read.
 */
final class FileChoices {
    private FileChoices() {
    }

    /** The parameters of a select from a file without value= and label=, which name the file's columns. */
    static String shuffleParameters(String text) {
        List<String> kept = new ArrayList<>();
        for (ParameterRules.Param p : ParameterRules.params(text)) {
            if (!p.key().equals("value") && !p.key().equals("label")) {
                kept.add(p.text());
            }
        }
        return String.join(" ", kept);
    }

    /** The instances of the files read beside the form, named as the file without its extension. */
    static SecondaryInstances instances(SheetSet sheets) {
        SecondaryInstances out = new SecondaryInstances();
        sheets.extra().forEach((name, sheet) -> {
            if (name.startsWith(FormFiles.PREFIX)) {
                out.put(FormFiles.instanceName(name.substring(FormFiles.PREFIX.length())),
                        new InstanceTable(sheet.header(), sheet.rows()));
            }
        });
        return out;
    }

    /** The choice lists of the selects from files, each named as its file ({@code cities.csv}). */
    static Map<String, ChoiceList> lists(SheetSet sheets, SurveyReader reader, SheetColumns survey,
                                         Language unsuffixed, List<Problem> problems) {
        Map<String, ChoiceList> out = new LinkedHashMap<>();
        for (SurveyReader.Entry e : reader.entries) {
            if (!reader.fileRows.contains(e.row()) || !(e.node() instanceof Question q) || q.listName() == null) {
                continue;
            }
            String file = q.listName();
            String type = q.type().xlsformName() + "_from_file " + file;
            String lower = file.toLowerCase(Locale.ROOT);
            Problem where = survey.sheet().problem(e.row(), survey.header("type"), "");
            if (lower.endsWith(".geojson")) {
                problems.add(at(where, type + ": choices from a GeoJSON file are picked on a map in ODK Collect, "
                        + "which a laptop kiosk cannot show; give the places as cities.csv (columns name, label) or "
                        + "use ODK Collect for this part"));
                continue;
            }
            if (!lower.endsWith(".csv") && !lower.endsWith(".xml")) {
                problems.add(at(where, type + ": the file must be a .csv or .xml file (e.g. " + FormFiles
                        .instanceName(file) + ".csv with columns name and label)"));
                continue;
            }
            Sheet sheet = sheets.extra().get(FormFiles.PREFIX + file);
            if (sheet == null) {
                if (!unreadable(sheets, file)) {
                    problems.add(at(where, missing(type, file)));
                }
                continue;
            }
            if (!out.containsKey(file)) {
                ChoiceList list = list(file, sheet, ParameterRules.parse(survey.get(e.cells(), "parameters")),
                        unsuffixed, problems, at(where, ""));
                if (list != null) {
                    out.put(file, list);
                }
            }
        }
        return out;
    }

    /** True when {@code file} is beside the form but could not be read: its problems already name it. */
    private static boolean unreadable(SheetSet sheets, String file) {
        return sheets.problems().stream().anyMatch(p -> p.file() != null
                && (p.file().equals(file) || p.file().endsWith("/" + file)));
    }

    private static Problem at(Problem where, String message) {
        return new Problem(where.file(), where.sheet(), where.row(), where.column(), message);
    }

    private static String missing(String what, String file) {
        return what + " reads " + file + " beside the form, but the file is not there: put " + file
                + " in the same folder as the form (ODK sends it with the form as media)";
    }

    /** The choices of one file: its value column (name, or value=) and label column (label, or label=). */
    private static ChoiceList list(String file, Sheet sheet, Map<String, String> params, Language unsuffixed,
                                   List<Problem> problems, Problem where) {
        String value = params.getOrDefault("value", "name");
        String label = params.getOrDefault("label", "label");
        List<String> header = new ArrayList<>(List.of("list_name"));
        List<Integer> kept = new ArrayList<>();
        boolean hasValue = false;
        for (int c = 0; c < sheet.header().size(); c++) {
            String h = sheet.header().get(c);
            String base = h.contains("::") ? h.substring(0, h.indexOf("::")) : h;
            String lang = h.substring(base.length());
            if (base.equals(value)) {
                hasValue = lang.isEmpty() || hasValue;
                header.add("name" + lang);
            } else if (base.equals(label)) {
                header.add("label" + lang);
            } else if (base.equals("name") || base.equals("label") || base.equals("list_name")) {
                continue;
            } else {
                header.add(h);
            }
            kept.add(c);
        }
        if (!hasValue) {
            problems.add(at(where, file + " has no column " + value + " (its columns: " + String.join(", ",
                    sheet.header()) + "); add it, or name the column of the choice values with parameters value=COLUMN"));
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : sheet.rows()) {
            List<String> row = new ArrayList<>(List.of(r.stream().allMatch(String::isEmpty) ? "" : file));
            kept.forEach(c -> row.add(r.get(c)));
            rows.add(row);
        }
        Sheet choices = new Sheet(sheet.name(), sheet.file(), sheet.sheet(), header, rows);
        SheetColumns cols = new SheetColumns(choices, ColumnCatalogue.Kind.EXTERNAL_CHOICES, problems);
        cols.setDefaultLanguage(unsuffixed, problems);
        return new ChoicesReader(cols, problems).read().get(file);
    }

    /** Adds the form's choice lists as instances ({@code instance('LIST')/root/item}), when no file has the name. */
    static void addChoiceLists(SecondaryInstances instances, Map<String, ChoiceList> lists, String language) {
        lists.forEach((name, list) -> {
            if (name.contains(".")) {
                return;
            }
            List<String> columns = new ArrayList<>(List.of("name", "label"));
            for (Choice c : list.choices()) {
                c.columns().keySet().stream().filter(k -> !columns.contains(k)).forEach(columns::add);
            }
            List<List<String>> rows = new ArrayList<>();
            for (Choice c : list.choices()) {
                List<String> row = new ArrayList<>(List.of(c.name(), c.label().get(language, Language.DEFAULT_CODE)));
                columns.subList(2, columns.size()).forEach(k -> row.add(c.columns().getOrDefault(k, "")));
                rows.add(row);
            }
            instances.put(name, new InstanceTable(columns, rows));
        });
    }

    /**
     * Every instance an expression reads is there, with the columns it names; a csv-external or xml-external file is
     * beside the form; an instance declared and never read is a warning.
     */
    static void check(SheetSet sheets, SurveyReader reader, SheetColumns survey, SecondaryInstances instances,
                      List<Problem> problems, List<Problem> warnings) {
        Set<String> read = new LinkedHashSet<>();
        Set<String> reported = new LinkedHashSet<>();
        reader.instanceRows.forEach((name, row) -> {
            String type = SurveyTypes.parse(survey.get(survey.sheet().rows().get(row - 2), "type")).word();
            String file = name + (type.equals(SurveyTypes.XML_EXTERNAL) ? ".xml" : ".csv");
            if (!sheets.extra().containsKey(FormFiles.PREFIX + file)) {
                if (!unreadable(sheets, file)) {
                    problems.add(survey.sheet().problem(row, survey.header("type"), missing(type + " " + name,
                            file)));
                }
                reported.add(name);
            }
        });
        for (SurveyReader.Entry e : reader.entries) {
            if (reader.fileRows.contains(e.row()) && e.node() instanceof Question q && q.listName() != null) {
                String name = FormFiles.instanceName(q.listName());
                read.add(name);
                if (!sheets.extra().containsKey(FormFiles.PREFIX + q.listName())) {
                    reported.add(name);
                }
            }
        }
        for (SurveyReader.PendingReferences ref : refs(reader, survey)) {
            for (String name : ref.expression().instances()) {
                read.add(name);
                if (instances.get(name) == null && reported.add(name) && !unreadable(sheets, name + ".csv")
                        && !unreadable(sheets, name + ".xml")) {
                    problems.add(survey.sheet().problem(ref.row(), ref.column(), "reads instance " + name + ", but "
                            + "no file " + name + ".csv is beside the form and no choice list is named " + name
                            + "; put " + name + ".csv in the same folder as the form (and declare it with a row "
                            + "csv-external " + name + " or read it with pulldata('" + name + "', ...))"));
                }
            }
            checkColumns(ref, instances, survey, problems);
        }
        reader.instanceRows.forEach((name, row) -> {
            if (!read.contains(name) && !reported.contains(name)) {
                warnings.add(survey.sheet().problem(row, survey.header("name"), "instance " + name + " is declared "
                        + "but no expression reads it (instance('" + name + "')/root/item[...]/column or pulldata('"
                        + name + "', ...)); it is kept with the form and not used"));
            }
        });
    }

    /** The columns that instance paths read from the form's choice lists. */
    static Set<String> columnsRead(SurveyReader reader, Set<String> lists) {
        Set<String> out = new java.util.HashSet<>();
        for (SurveyReader.PendingReferences ref : refs(reader, null)) {
            ref.expression().instanceColumns().forEach((name, columns) -> {
                if (lists.contains(name)) {
                    out.addAll(columns);
                }
            });
        }
        return out;
    }

    /** The expressions of the survey with their row and column, choice filters among them. */
    private static List<SurveyReader.PendingReferences> refs(SurveyReader reader, SheetColumns survey) {
        List<SurveyReader.PendingReferences> refs = new ArrayList<>(reader.references);
        reader.options.choiceFilters.forEach((row, e) -> refs.add(new SurveyReader.PendingReferences(row,
                survey == null ? "choice_filter" : survey.header("choice_filter"), e)));
        return refs;
    }

    private static void checkColumns(SurveyReader.PendingReferences ref, SecondaryInstances instances,
                                     SheetColumns survey, List<Problem> problems) {
        Expression e = ref.expression();
        e.instanceColumns().forEach((name, columns) -> {
            InstanceTable table = instances.get(name);
            if (table == null) {
                return;
            }
            for (String column : columns) {
                if (!table.hasColumn(column)) {
                    problems.add(survey.sheet().problem(ref.row(), ref.column(), "instance " + name + " has no "
                            + "column " + column + " (its columns: " + String.join(", ", table.columns()) + ")"));
                }
            }
        });
    }
}
