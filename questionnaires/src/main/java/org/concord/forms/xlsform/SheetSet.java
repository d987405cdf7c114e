package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.List;
import org.concord.common.Problem;

/**
 * The three sheets of an XLSForm as read from a workbook, a CSV folder or a form source, with the problems found
 * while reading them.
 *
 * @param formName the workbook or folder name without extension (the default {@code form_id})
 * @param survey   the survey sheet, or null when missing
 * @param choices  the choices sheet, or null when missing
 * @param settings the settings sheet; readers give an empty sheet (no header) when it is missing, as it is optional
 * @param problems problems found while reading
 * @param extra    the other XLSForm sheets that were present, by name ({@code external_choices}, {@code entities})
 */
public record SheetSet(String formName, Sheet survey, Sheet choices, Sheet settings, List<Problem> problems,
                       java.util.Map<String, Sheet> extra) {
    /** The other XLSForm sheets a form may have besides survey, choices and settings, in source order. */
    public static final List<String> EXTRA_SHEETS = List.of("external_choices", "entities");

    public SheetSet {
        problems = List.copyOf(problems);
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }

    /** Sheets without extra sheets. */
    public SheetSet(String formName, Sheet survey, Sheet choices, Sheet settings, List<Problem> problems) {
        this(formName, survey, choices, settings, problems, java.util.Map.of());
    }

    /**
     * These sheets with a {@code form_id} setting: a form without one takes its workbook or folder name, as pyxform
     * does, and the canonical text records it so that the form source alone gives the same form.
     */
    public SheetSet withFormId() {
        if (formName == null) {
            return this;
        }
        String id = formName.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (id.isEmpty() || !Character.isLetter(id.charAt(0)) && id.charAt(0) != '_') {
            id = "_" + id;
        }
        // Form_ID, id_string and set_form_id are pyxform's spellings of form_id.
        int col = -1;
        for (int c = 0; c < settings.header().size() && col < 0; c++) {
            if (SheetColumns.parse(c, settings.header().get(c), false, ColumnCatalogue.Kind.SETTINGS).base()
                    .equals("form_id")) {
                col = c;
            }
        }
        if (col >= 0 && !settings.rows().isEmpty() && !settings.rows().get(0).get(col).isEmpty()) {
            return this;
        }
        List<String> header = new ArrayList<>(settings.header());
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : settings.rows()) {
            rows.add(new ArrayList<>(r));
        }
        if (rows.isEmpty()) {
            List<String> r = new ArrayList<>();
            header.forEach(h -> r.add(""));
            rows.add(r);
        }
        if (col < 0) {
            header.add("form_id");
            for (List<String> r : rows) {
                r.add("");
            }
            col = header.size() - 1;
        }
        rows.get(0).set(col, id);
        return new SheetSet(formName, survey, choices,
                new Sheet(settings.name(), settings.file(), settings.sheet(), header, rows), problems, extra);
    }
}
