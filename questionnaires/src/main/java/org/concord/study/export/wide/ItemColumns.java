package org.concord.study.export.wide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.forms.Choice;
import org.concord.forms.ChoiceList;
import org.concord.forms.Form;
import org.concord.forms.Question;

/**
 * The columns one item of a form becomes in a wide table, and how an answer fills them: a {@code select_one} is one
 * coded number, a {@code select_multiple} one 0/1 number per choice, a {@code rank} one rank per choice
 * ({@link RankColumns}), {@code integer}, {@code decimal} and
 * {@code calculate} a number (text when some answer is not a number), anything else text. Values that the form does
 * not list (answers saved with another version of the form) get codes or columns of their own after the listed
 * ones, so that no answer is lost.
 */
abstract class ItemColumns {
    final String item;
    final String label;

    ItemColumns(String item, String label) {
        this.item = item;
        this.label = label;
    }

    /** The columns for a question of the form, labels in {@code language}. */
    static ItemColumns of(Form form, Question q, String language) {
        String label = q.label().get(language, form.defaultLanguage());
        ChoiceList list = form.choicesOf(q).orElse(null);
        return switch (q.type()) {
            case SELECT_ONE -> new SelectOne(q.name(), label, list, language, form.defaultLanguage(),
                    q.isValuesItem());
            case SELECT_MULTIPLE -> new SelectMultiple(q.name(), label, list, language, form.defaultLanguage());
            case RANK -> new RankColumns(q.name(), label, list, language, form.defaultLanguage());
            case INTEGER, DECIMAL, CALCULATE -> new NumberOrText(q.name(), label);
            default -> new Text(q.name(), label);
        };
    }

    /** Text columns for an item that is not in the form. */
    static ItemColumns extra(String item) {
        return new Text(item, "");
    }

    /** First pass: takes one answer (never null). */
    abstract void see(String value);

    /** After the first pass: the columns, in order. */
    abstract List<VariableStats> columns();

    /** Second pass: writes one answer into the row, this item's first column at {@code at}. */
    abstract void fill(String value, WideRow row, int at);

    /** A number written in plain decimal notation ({@code -12}, {@code 3.25}), else NaN. */
    static double parse(String s) {
        int n = s.length();
        int i = n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (int k = i; k < n; k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return Double.NaN;
            }
        }
        return digits == 0 ? Double.NaN : Double.parseDouble(s);
    }

    /** The number of digits after the point in a number as written. */
    static int decimals(String s) {
        int point = s.indexOf('.');
        return point < 0 ? 0 : s.length() - point - 1;
    }

    /** A {@code select_one}: one number, codes from the choice names when they are all whole numbers, else 1..n. */
    static final class SelectOne extends ItemColumns {
        private final Map<String, Long> codes = new LinkedHashMap<>();
        private final Map<Long, String> labels = new LinkedHashMap<>();
        private final boolean ordinal;
        private final boolean numeric;
        private long next;

        SelectOne(String item, String label, ChoiceList list, String language, String fallback, boolean ordinal) {
            super(item, label);
            this.ordinal = ordinal;
            List<Choice> choices = list == null ? List.of() : list.choices();
            numeric = !choices.isEmpty() && choices.stream().allMatch(c -> isCode(c.name()));
            long code = 0;
            for (Choice c : choices) {
                code = numeric ? Long.parseLong(c.name()) : code + 1;
                if (codes.putIfAbsent(c.name(), code) == null) {
                    labels.put(code, c.label().get(language, fallback));
                }
                next = Math.max(next, code);
            }
        }

        private static boolean isCode(String name) {
            return name.matches("-?[1-9][0-9]{0,8}|0");
        }

        /** The code of each choice name. */
        Map<String, Long> codes() {
            return java.util.Collections.unmodifiableMap(codes);
        }

        /** A value the list does not have: its own number when the codes are the names and it is free, else the next. */
        @Override
        void see(String value) {
            if (!codes.containsKey(value)) {
                long code = numeric && isCode(value) && !labels.containsKey(Long.parseLong(value))
                        ? Long.parseLong(value) : next + 1;
                next = Math.max(next, code);
                codes.put(value, code);
                labels.put(code, value);
            }
        }

        @Override
        List<VariableStats> columns() {
            VariableStats v = new VariableStats(item, label, VariableKind.NUMBER,
                    ordinal ? Measure.ORDINAL : Measure.NOMINAL).labels(labels);
            codes.values().forEach(c -> v.see((double) c));
            return List.of(v);
        }

        @Override
        void fill(String value, WideRow row, int at) {
            Long code = codes.get(value);
            row.numbers[at] = code == null ? Double.NaN : code;
        }
    }

    /** A {@code select_multiple}: one 0/1 number per choice, named {@code item_choice}; 1 labelled with the choice. */
    static final class SelectMultiple extends ItemColumns {
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final List<String> choiceLabels = new ArrayList<>();

        SelectMultiple(String item, String label, ChoiceList list, String language, String fallback) {
            super(item, label);
            if (list != null) {
                for (Choice c : list.choices()) {
                    if (index.putIfAbsent(c.name(), index.size()) == null) {
                        choiceLabels.add(c.label().get(language, fallback));
                    }
                }
            }
        }

        @Override
        void see(String value) {
            for (String choice : value.trim().split("\\s+")) {
                if (!choice.isEmpty() && index.putIfAbsent(choice, index.size()) == null) {
                    choiceLabels.add(choice);
                }
            }
        }

        @Override
        List<VariableStats> columns() {
            List<VariableStats> out = new ArrayList<>();
            int i = 0;
            for (String choice : index.keySet()) {
                String choiceLabel = choiceLabels.get(i++);
                VariableStats v = new VariableStats(item + "_" + choice,
                        label.isEmpty() ? choiceLabel : label + ": " + choiceLabel, VariableKind.NUMBER,
                        Measure.NOMINAL).labels(Map.of(1L, choiceLabel));
                v.see(0);
                v.see(1);
                out.add(v);
            }
            return out;
        }

        @Override
        void fill(String value, WideRow row, int at) {
            for (int i = 0; i < index.size(); i++) {
                row.numbers[at + i] = 0;
            }
            for (String choice : value.trim().split("\\s+")) {
                Integer i = index.get(choice);
                if (i != null) {
                    row.numbers[at + i] = 1;
                }
            }
        }
    }

    /** {@code integer}, {@code decimal}, {@code calculate}: a number, or text when some answer is not a number. */
    static final class NumberOrText extends ItemColumns {
        private final VariableStats number;
        private final VariableStats text;
        private boolean isText;

        NumberOrText(String item, String label) {
            super(item, label);
            number = new VariableStats(item, label, VariableKind.NUMBER, Measure.SCALE);
            text = new VariableStats(item, label, VariableKind.TEXT, Measure.NOMINAL);
        }

        @Override
        void see(String value) {
            text.see(value);
            if (!isText) {
                double x = parse(value);
                if (Double.isNaN(x) || Double.isInfinite(x)) {
                    isText = true;
                } else {
                    number.see(x, decimals(value));
                }
            }
        }

        @Override
        List<VariableStats> columns() {
            return List.of(isText ? text : number);
        }

        @Override
        void fill(String value, WideRow row, int at) {
            if (isText) {
                row.texts[at] = value;
            } else {
                row.numbers[at] = parse(value);
            }
        }
    }

    /** Text as answered. */
    static final class Text extends ItemColumns {
        private final VariableStats text;

        Text(String item, String label) {
            super(item, label);
            text = new VariableStats(item, label, VariableKind.TEXT, Measure.NOMINAL);
        }

        @Override
        void see(String value) {
            text.see(value);
        }

        @Override
        List<VariableStats> columns() {
            return List.of(text);
        }

        @Override
        void fill(String value, WideRow row, int at) {
            row.texts[at] = value;
        }
    }
}
