package org.concord.study.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.concord.forms.ChoiceList;
import org.concord.forms.Form;
import org.concord.forms.Group;
import org.concord.forms.Language;
import org.concord.forms.Node;
import org.concord.forms.Question;
import org.concord.forms.Repeat;
import org.concord.study.export.wide.StudyTable;
import org.concord.study.export.wide.VariableNames;

/**
 * The {@code Codebook} sheet: every item with its page, type, labels and choices in each language, domain, reverse;
 * then the names of its variables in the SPSS and Stata exports (rewritten where the package refuses the item's name;
 * one per choice for a {@code select_multiple}) and the numeric codes those exports give the choices.
 */
final class CodebookSheet {
    private final XlsxExporter exporter;
    private final Form form;
    private final Map<String, String> spssNames = new HashMap<>();
    private final Map<String, String> stataNames = new HashMap<>();

    CodebookSheet(XlsxExporter exporter, Form form) {
        this.exporter = exporter;
        this.form = form;
        Map<String, List<String>> byItem = StudyTable.namesByItem(form);
        List<String> all = byItem.values().stream().flatMap(List::stream).toList();
        List<String> spss = VariableNames.SPSS.assign(all);
        List<String> stata = VariableNames.STATA.assign(all);
        int i = 0;
        for (Map.Entry<String, List<String>> item : byItem.entrySet()) {
            int n = item.getValue().size();
            spssNames.put(item.getKey(), String.join("; ", spss.subList(i, i + n)));
            stataNames.put(item.getKey(), String.join("; ", stata.subList(i, i + n)));
            i += n;
        }
    }

    /** The header: fixed columns, then a label and a choices column per language. */
    static List<String> columns(Form form) {
        List<String> columns = new ArrayList<>(List.of("item", "page", "type", "choice_list", "domain", "reverse",
                "required", "relevant"));
        for (Language language : form.languages()) {
            columns.add("label (" + language.code() + ")");
        }
        for (Language language : form.languages()) {
            columns.add("choices (" + language.code() + ")");
        }
        columns.addAll(List.of("spss_name", "stata_name", "codes"));
        return columns;
    }

    void write(SXSSFSheet sheet) {
        int[] r = {1};
        walk(form.body(), "", sheet, r);
        exporter.finish(sheet, columns(form).size(), r[0]);
    }

    private void walk(List<Node> nodes, String page, SXSSFSheet sheet, int[] r) {
        for (Node node : nodes) {
            if (node instanceof Group g) {
                walk(g.children(), page.isEmpty() ? g.name() : page, sheet, r);
            } else if (node instanceof Repeat repeat) {
                // Its answers are stored as item[i] and exported as item_1, item_2, ...: the page says so (in a
                // repeat inside a repeat item[i][j], exported as item_1_1, item_1_2, ...).
                StringBuilder levels = new StringBuilder(repeat.name());
                int depth = form.repeatChain(repeat).size();
                for (int level = 0; level < depth; level++) {
                    levels.append('[').append((char) ('i' + Math.min(level, 3))).append(']');
                }
                walk(repeat.children(), levels.toString(), sheet, r);
            } else if (node instanceof Question q) {
                Row row = sheet.createRow(r[0]++);
                int c = 0;
                exporter.text(row, c++, q.name());
                exporter.text(row, c++, page);
                exporter.text(row, c++, q.type().xlsformName());
                exporter.text(row, c++, q.listName());
                exporter.text(row, c++, q.domain());
                exporter.text(row, c++, q.isValuesItem() ? (q.reverse() ? "yes" : "no") : null);
                exporter.text(row, c++, q.required() == null ? null : q.required().source());
                exporter.text(row, c++, q.relevant() == null ? null : q.relevant().source());
                for (Language language : form.languages()) {
                    exporter.text(row, c++, q.label().exactly(language.code()));
                }
                ChoiceList list = form.choicesOf(q).orElse(null);
                for (Language language : form.languages()) {
                    exporter.text(row, c++, list == null ? null : list.choices().stream()
                            .map(ch -> ch.name() + " = " + ch.label().get(language.code(), form.defaultLanguage()))
                            .collect(Collectors.joining("; ")));
                }
                exporter.text(row, c++, spssNames.get(q.name()));
                exporter.text(row, c++, stataNames.get(q.name()));
                Map<String, Long> codes = StudyTable.codes(form, q);
                exporter.text(row, c++, codes.isEmpty() ? null : codes.entrySet().stream()
                        .map(e -> e.getValue() + " = " + e.getKey()).collect(Collectors.joining("; ")));
            }
        }
    }
}
