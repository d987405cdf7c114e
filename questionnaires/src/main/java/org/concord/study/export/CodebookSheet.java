package org.concord.study.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.concord.forms.ChoiceList;
import org.concord.forms.Form;
import org.concord.forms.Group;
import org.concord.forms.Language;
import org.concord.forms.Node;
import org.concord.forms.Question;

/** The {@code Codebook} sheet: every item with its page, type, labels and choices in each language, domain, reverse. */
final class CodebookSheet {
    private final XlsxExporter exporter;
    private final Form form;

    CodebookSheet(XlsxExporter exporter, Form form) {
        this.exporter = exporter;
        this.form = form;
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
            }
        }
    }
}
