package org.concord.study.export.wide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.forms.Choice;
import org.concord.forms.ChoiceList;

/**
 * A {@code rank}: one number per choice, named {@code item_choice}, holding the rank the participant gave that choice
 * (1 for the first), labelled "Item: Choice (rank)", as analysts of ranking questions read them. A participant who did
 * not rank has every column missing; a choice left out of a ranking (a {@code choice_filter} did not show it) is
 * missing too. Choices that the form does not list (another form version) get columns of their own after the listed
 * ones.
 */
final class RankColumns extends ItemColumns {
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<VariableStats> columns = new ArrayList<>();

    RankColumns(String item, String label, ChoiceList list, String language, String fallback) {
        super(item, label);
        if (list != null) {
            for (Choice c : list.choices()) {
                add(c.name(), c.label().get(language, fallback));
            }
        }
    }

    private void add(String choice, String choiceLabel) {
        if (index.putIfAbsent(choice, index.size()) == null) {
            String shown = choiceLabel + " (rank)";
            columns.add(new VariableStats(item + "_" + choice, label.isEmpty() ? shown : label + ": " + shown,
                    VariableKind.NUMBER, Measure.ORDINAL));
        }
    }

    private static String[] ranked(String value) {
        String trimmed = value.trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    @Override
    void see(String value) {
        String[] ranked = ranked(value);
        for (int r = 0; r < ranked.length; r++) {
            add(ranked[r], ranked[r]);
            columns.get(index.get(ranked[r])).see(r + 1);
        }
    }

    @Override
    List<VariableStats> columns() {
        return List.copyOf(columns);
    }

    @Override
    void fill(String value, WideRow row, int at) {
        String[] ranked = ranked(value);
        for (int r = 0; r < ranked.length; r++) {
            Integer i = index.get(ranked[r]);
            if (i != null && Double.isNaN(row.numbers[at + i])) {
                row.numbers[at + i] = r + 1;
            }
        }
    }
}
