package org.concord.study.export.wide;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.common.InputException;
import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.Language;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.study.ParticipantAnswers;
import org.concord.study.ResponseRow;
import org.concord.study.Study;
import org.concord.study.export.ItemOrder;

/**
 * A study as a wide table for the statistics packages: one row per participant with {@code participant_id},
 * {@code la_code}, {@code la_name}, {@code role_group} (1 leader, 2 worker), {@code started_at},
 * {@code completed_at}, then the columns of each question in form order ({@link ItemColumns}), then answers of
 * items the form does not have, then one set of columns per instance of each repeated question ({@code child_age_1},
 * {@code child_age_2}, ... up to the largest instance answered) with the question's type, choices and label. The study is read once: the answers go to a temporary spill file while widths, codes
 * and counts are gathered, and {@link #forEachRow} reads the spill, so the rows are one consistent snapshot even
 * while the study is being written. Memory holds one participant at a time. Close the table to delete the spill.
 */
public final class StudyTable implements WideData, AutoCloseable {
    /** The columns before the questions. */
    public static final List<String> FIXED = List.of("participant_id", "la_code", "la_name", "role_group",
            "started_at", "completed_at");
    private static final int ROLE = 3;

    private final Study study;
    private final boolean completedOnly;
    private final Path spill;
    private final List<String> itemNames = new ArrayList<>();
    private final Map<String, Integer> itemIndex = new HashMap<>();
    private final Map<String, ItemColumns> byItem = new LinkedHashMap<>();
    private final Map<String, String> roleGroups = new HashMap<>();
    private final VariableStats[] fixed;
    private final Map<String, Integer> firstColumn = new HashMap<>();
    private final ItemOrder order;
    private final String language;
    private List<Variable> variables;
    private long rows;

    private StudyTable(Study study, boolean completedOnly, String language, Path spill) {
        this.study = study;
        this.completedOnly = completedOnly;
        this.spill = spill;
        Form form = study.form();
        this.order = new ItemOrder(form);
        this.language = language;
        for (Question q : form.questions()) {
            if (q.type() != QuestionType.NOTE && !order.isRepeated(q)) {
                byItem.put(q.name(), ItemColumns.of(form, q, language));
            }
        }
        form.roleQuestion().flatMap(form::choicesOf).ifPresent(list -> {
            for (Choice c : list.choices()) {
                if (c.roleGroup() != null) {
                    roleGroups.put(c.name(), c.roleGroup());
                }
            }
        });
        fixed = new VariableStats[] {
            new VariableStats("participant_id", "Participant (random identifier)", VariableKind.TEXT, Measure.NOMINAL),
            new VariableStats("la_code", "Local authority code", VariableKind.TEXT, Measure.NOMINAL),
            new VariableStats("la_name", "Local authority", VariableKind.TEXT, Measure.NOMINAL),
            new VariableStats("role_group", "Role group", VariableKind.NUMBER, Measure.NOMINAL)
                    .labels(Map.of(1L, "leader", 2L, "worker")),
            new VariableStats("started_at", "Started (UTC)", VariableKind.TIME, Measure.SCALE),
            new VariableStats("completed_at", "Submitted (UTC)", VariableKind.TIME, Measure.SCALE)};
        fixed[ROLE].see(1);
        fixed[ROLE].see(2);
    }

    /**
     * Scans a study (the first pass) and returns its table.
     *
     * @param completedOnly true to leave out participants who have not submitted
     * @param language      the language of the labels (a code of the form's languages), or null for the form's default
     * @throws InputException when the form has no such language
     */
    public static StudyTable scan(Study study, boolean completedOnly, String language) throws IOException {
        String lang = checkLanguage(study.form(), language);
        Path spill = Files.createTempFile("concord-export", ".spill");
        StudyTable table = new StudyTable(study, completedOnly, lang, spill);
        try {
            table.firstPass();
            return table;
        } catch (IOException | RuntimeException e) {
            table.close();
            throw e;
        }
    }

    /** The language code to label with: {@code language} when the form has it, the default when null. */
    public static String checkLanguage(Form form, String language) {
        if (language == null) {
            return form.defaultLanguage();
        }
        for (Language l : form.languages()) {
            if (l.code().equals(language)) {
                return language;
            }
        }
        throw InputException.ofFile(null, "--language " + language + ": the form has no such language; use one of "
                + String.join(", ", form.languages().stream().map(Language::code).toList()));
    }

    /**
     * The variable names a form gives (fixed columns, then each question's columns), grouped by item, as the exports
     * name them before rewriting; for the codebook.
     */
    public static Map<String, List<String>> namesByItem(Form form) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String f : FIXED) {
            out.put(f, List.of(f));
        }
        ItemOrder order = new ItemOrder(form);
        for (Question q : form.questions()) {
            if (q.type() != QuestionType.NOTE && !order.isRepeated(q)) {
                out.put(q.name(), ItemColumns.of(form, q, form.defaultLanguage()).columns().stream()
                        .map(v -> v.variable().name()).toList());
            }
        }
        return out;
    }

    /**
     * The numeric codes the exports give the choices of a {@code select_one} (the choice name when every name is a
     * whole number, else 1, 2, ... in choice order), by choice name; empty for other questions.
     */
    public static Map<String, Long> codes(Form form, Question q) {
        return ItemColumns.of(form, q, form.defaultLanguage()) instanceof ItemColumns.SelectOne one ? one.codes()
                : Map.of();
    }

    private void firstPass() throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spill),
                1 << 16))) {
            study.forEachParticipant(completedOnly, p -> {
                try {
                    spillParticipant(p, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Variable> vars = new ArrayList<>();
        for (VariableStats f : fixed) {
            vars.add(f.variable());
        }
        // Items in form order (and those of other form versions), then repeated items: child_age_1, child_age_2, ...
        List<String> keys = new ArrayList<>(byItem.keySet().stream().filter(k -> order.repeated(k) == null).toList());
        keys.addAll(byItem.keySet().stream().filter(k -> order.repeated(k) != null).sorted(order).toList());
        for (String key : keys) {
            ItemColumns item = byItem.get(key);
            firstColumn.put(key, vars.size());
            for (VariableStats column : item.columns()) {
                vars.add(column.variable());
            }
        }
        variables = List.copyOf(vars);
    }

    private void spillParticipant(ParticipantAnswers p, DataOutputStream out) throws IOException {
        rows++;
        String id = p.participant().id().toString();
        fixed[0].see(id);
        fixed[1].see(p.participant().laCode());
        fixed[2].see(p.laName());
        Spill.writeText(out, id);
        Spill.writeText(out, p.participant().laCode());
        Spill.writeText(out, p.laName());
        out.writeDouble(millis(p.startedAt()));
        out.writeDouble(millis(p.completedAt()));
        int answered = 0;
        for (ResponseRow r : p.answers()) {
            if (r.value() != null) {
                answered++;
            }
        }
        out.writeInt(answered);
        for (ResponseRow r : p.answers()) {
            if (r.value() != null) {
                byItem.computeIfAbsent(r.item(), this::columnsOf).see(r.value());
                Integer index = itemIndex.get(r.item());
                if (index == null) {
                    index = itemNames.size();
                    itemNames.add(r.item());
                    itemIndex.put(r.item(), index);
                }
                out.writeInt(index);
                Spill.writeText(out, r.value());
            }
        }
    }

    /** The columns of an item the form does not list by name: a repeated answer's instance, else text. */
    private ItemColumns columnsOf(String item) {
        Question repeated = order.questionOf(item);
        return repeated == null ? ItemColumns.extra(item) : ItemColumns.of(study.form(), repeated, language);
    }

    @Override
    public List<Variable> variables() {
        return variables;
    }

    @Override
    public long rowCount() {
        return rows;
    }

    @Override
    public void forEachRow(RowSink sink) throws IOException {
        WideRow row = new WideRow(variables.size());
        ItemColumns[] items = new ItemColumns[itemNames.size()];
        int[] at = new int[items.length];
        int role = -1;
        for (int i = 0; i < items.length; i++) {
            items[i] = byItem.get(itemNames.get(i));
            at[i] = firstColumn.get(itemNames.get(i));
            if (itemNames.get(i).equals(Form.ROLE_QUESTION)) {
                role = i;
            }
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spill),
                1 << 16))) {
            for (long r = 0; r < rows; r++) {
                row.clear();
                row.texts[0] = Spill.readText(in);
                row.texts[1] = Spill.readText(in);
                row.texts[2] = Spill.readText(in);
                row.numbers[4] = in.readDouble();
                row.numbers[5] = in.readDouble();
                int answered = in.readInt();
                for (int a = 0; a < answered; a++) {
                    int item = in.readInt();
                    String value = Spill.readText(in);
                    items[item].fill(value, row, at[item]);
                    if (item == role) {
                        String group = roleGroups.get(value);
                        row.numbers[ROLE] = "leader".equals(group) ? 1 : "worker".equals(group) ? 2 : Double.NaN;
                    }
                }
                sink.row(row);
            }
        }
    }

    /** Deletes the spill file. */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(spill);
    }

    private static double millis(Instant t) {
        return t == null ? Double.NaN : t.toEpochMilli();
    }
}
