package org.concord.study.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.forms.Form;
import org.concord.forms.Question;
import org.concord.study.ResponseRow;

/** What the exporters share: the form's item order. */
final class ExportFiles {
    private ExportFiles() {
    }

    /** Question name to its position in the form. */
    static Map<String, Integer> positions(Form form) {
        Map<String, Integer> positions = new HashMap<>();
        List<Question> questions = form.questions();
        for (int i = 0; i < questions.size(); i++) {
            positions.put(questions.get(i).name(), i);
        }
        return positions;
    }

    /**
     * The rows in form order, then repeated items by question and instance, then items not in the form by name; one
     * map lookup per row, as this runs for every participant of an export. {@code rows} must be sorted by item name
     * (as the study returns them).
     */
    static List<ResponseRow> inFormOrder(List<ResponseRow> rows, Map<String, Integer> positions, int size,
                                         ItemOrder order) {
        ResponseRow[] slots = new ResponseRow[size];
        List<ResponseRow> out = new java.util.ArrayList<>(rows.size());
        List<ResponseRow> extras = new java.util.ArrayList<>(0);
        for (ResponseRow r : rows) {
            Integer at = positions.get(r.item());
            if (at == null) {
                extras.add(r);
            } else {
                slots[at] = r;
            }
        }
        for (ResponseRow r : slots) {
            if (r != null) {
                out.add(r);
            }
        }
        if (extras.size() > 1) {
            extras.sort((a, b) -> order.compare(a.item(), b.item()));
        }
        out.addAll(extras);
        return out;
    }
}
