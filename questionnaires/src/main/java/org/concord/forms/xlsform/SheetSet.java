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

    /** A workbook's sheets by name, as its reader finds them. */
    interface Workbook<E extends Exception> {
        /** The first sheet named {@code name} (any case, spaces around ignored), or null when there is none. */
        Sheet sheet(String name) throws E;

        /** The only sheet read as the survey (pyxform reads a lone {@code Sheet1} so), or null. */
        Sheet onlySheetAsSurvey() throws E;
    }

    /**
     * The sheet set of a workbook: its survey (else its lone sheet), choices, settings (empty when missing) and extra
     * sheets, read in that order so that their problems come in it.
     */
    static <E extends Exception> SheetSet ofWorkbook(String formName, String file, Workbook<E> workbook,
                                                     List<Problem> problems) throws E {
        Sheet survey = workbook.sheet("survey");
        if (survey == null) {
            survey = workbook.onlySheetAsSurvey();
        }
        Sheet choices = workbook.sheet("choices");
        Sheet settings = workbook.sheet("settings");
        if (survey == null) {
            problems.add(new Problem(file, "survey", 0, null, "missing sheet survey; an XLSForm workbook needs a "
                    + "sheet named survey (and choices and settings)"));
        }
        if (settings == null) {
            settings = new Sheet("settings", file, "settings", List.of(), List.of());
        }
        java.util.Map<String, Sheet> extra = new java.util.LinkedHashMap<>();
        for (String name : EXTRA_SHEETS) {
            Sheet sheet = workbook.sheet(name);
            if (sheet != null) {
                extra.put(name, sheet);
            }
        }
        return new SheetSet(formName, survey, choices, settings, problems, extra);
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
