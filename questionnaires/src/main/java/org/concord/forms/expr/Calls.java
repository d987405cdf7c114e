package org.concord.forms.expr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Evaluates function calls, as ODK Collect does for the functions of the supported subset. */
final class Calls {
    private Calls() {
    }

    static Object eval(Term.Call call, Answers a, String self) {
        List<Term> args = call.args();
        return switch (call.function()) {
            case NOT -> !Values.toBoolean(arg(call, 0, a, self));
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case IF -> Values.toBoolean(arg(call, 0, a, self)) ? arg(call, 1, a, self) : arg(call, 2, a, self);
            case SELECTED -> List.of(tokens(text(call, 0, a, self))).contains(text(call, 1, a, self).trim());
            case COUNT_SELECTED -> (double) tokens(text(call, 0, a, self)).length;
            case SELECTED_AT -> {
                String[] tokens = tokens(text(call, 0, a, self));
                double i = Values.toNumber(arg(call, 1, a, self));
                yield i >= 0 && i < tokens.length && i == Math.rint(i) ? tokens[(int) i] : "";
            }
            case CHOICE_NAME -> choiceName(call, a, self);
            case STRING_LENGTH -> {
                String text = text(call, 0, a, self);
                yield (double) text.codePointCount(0, text.length());
            }
            case REGEX -> regex(call, a, self);
            case NORMALIZE_SPACE -> (args.isEmpty() ? nullToEmpty(self) : text(call, 0, a, self))
                    .replaceAll("[ \\t\\r\\n]+", " ").replaceAll("^ | $", "");
            case TRANSLATE -> translate(text(call, 0, a, self), text(call, 1, a, self), text(call, 2, a, self));
            case SUBSTRING_BEFORE -> {
                String text = text(call, 0, a, self);
                int at = text.indexOf(text(call, 1, a, self));
                yield at < 0 ? "" : text.substring(0, at);
            }
            case SUBSTRING_AFTER -> {
                String text = text(call, 0, a, self);
                String sep = text(call, 1, a, self);
                int at = text.indexOf(sep);
                yield at < 0 ? "" : text.substring(at + sep.length());
            }
            case COALESCE -> {
                Object first = arg(call, 0, a, self);
                yield Values.toText(first).isEmpty() ? arg(call, 1, a, self) : first;
            }
            case CONCAT -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < args.size(); i++) {
                    sb.append(text(call, i, a, self));
                }
                yield sb.toString();
            }
            case SUBSTR -> substr(call, a, self);
            case CONTAINS -> text(call, 0, a, self).contains(text(call, 1, a, self));
            case STARTS_WITH -> text(call, 0, a, self).startsWith(text(call, 1, a, self));
            case ENDS_WITH -> text(call, 0, a, self).endsWith(text(call, 1, a, self));
            case STRING -> text(call, 0, a, self);
            case NUMBER, DECIMAL_DATE_TIME -> number(call, 0, a, self);
            case INT -> {
                double x = number(call, 0, a, self);
                yield Double.isNaN(x) || Double.isInfinite(x) ? x : (double) (long) x;
            }
            case ROUND -> round(call, a, self);
            case FLOOR -> Math.floor(number(call, 0, a, self));
            case CEILING -> Math.ceil(number(call, 0, a, self));
            case ABS -> Math.abs(number(call, 0, a, self));
            case POW -> Math.pow(number(call, 0, a, self), number(call, 1, a, self));
            case SQRT -> Math.sqrt(number(call, 0, a, self));
            case BOOLEAN_FROM_STRING -> {
                String s = text(call, 0, a, self).trim();
                yield s.equals("true") || s.equals("1");
            }
            case ONCE -> self != null && !self.isEmpty() ? self : arg(call, 0, a, self);
            case TODAY -> a.now().toLocalDate().toString();
            case NOW -> Dates.isoDateTime(a.now());
            // XPath random(): a number in [0, 1), new at each evaluation (wrap it in once() to keep the first)
            case RANDOM -> java.util.concurrent.ThreadLocalRandom.current().nextDouble();
            case DATE -> {
                Object v = arg(call, 0, a, self);
                double days = Values.toNumber(v);
                yield Double.isNaN(days) ? "" : Dates.dateOfDays(days);
            }
            case FORMAT_DATE, FORMAT_DATE_TIME -> Dates.format(text(call, 0, a, self), text(call, 1, a, self));
            case SUM -> {
                double sum = 0;
                for (String v : values(call, 0, a, self)) {
                    sum += Values.toNumber(v);
                }
                yield sum;
            }
            case MAX, MIN -> extreme(call, a, self);
            case COUNT -> args.get(0) instanceof Term.Reference r ? (double) a.count(r.name())
                    : (double) values(call, 0, a, self).size();
            case POSITION -> (double) a.position();
            case INDEXED_REPEAT -> {
                // indexed-repeat(${q}, ${repeat}, i [, ${inner}, j ...]): one instance per repeat named
                java.util.Map<String, Integer> at = new java.util.LinkedHashMap<>();
                for (int i = 1; i + 1 < args.size(); i += 2) {
                    double n = number(call, i + 1, a, self);
                    if (!(args.get(i) instanceof Term.Reference repeat) || n < 1 || n != Math.rint(n)) {
                        yield "";
                    }
                    at.put(repeat.name(), (int) n);
                }
                yield args.get(0) instanceof Term.Reference r ? nullToEmpty(a.indexed(r.name(), at)) : "";
            }
        };
    }

    private static Object arg(Term.Call call, int i, Answers a, String self) {
        return call.args().get(i).eval(a, self);
    }

    /** XPath's translate: each character of {@code from} becomes the one at its place in {@code to}, or goes. */
    private static String translate(String text, String from, String to) {
        List<Integer> source = from.codePoints().boxed().toList();
        int[] target = to.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            int at = source.indexOf(c);
            if (at < 0) {
                out.appendCodePoint(c);
            } else if (at < target.length) {
                out.appendCodePoint(target[at]);
            }
        });
        return out.toString();
    }

    private static String text(Term.Call call, int i, Answers a, String self) {
        return Values.toText(arg(call, i, a, self));
    }

    private static double number(Term.Call call, int i, Answers a, String self) {
        return Values.toNumber(arg(call, i, a, self));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String[] tokens(String list) {
        String trimmed = list.trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    /** The answers an argument stands for: every repeat instance of a {@code ${name}}, else the value itself. */
    private static List<String> values(Term.Call call, int i, Answers a, String self) {
        Term t = call.args().get(i);
        if (t instanceof Term.Instance path) {
            return path.query().values(a, self);
        }
        if (t instanceof Term.Reference r) {
            List<String> out = new ArrayList<>();
            for (String v : a.all(r.name())) {
                if (v != null && !v.isEmpty()) {
                    out.add(v);
                }
            }
            return out;
        }
        return List.of(Values.toText(t.eval(a, self)));
    }

    private static double extreme(Term.Call call, Answers a, String self) {
        double best = Double.NaN;
        boolean max = call.function() == Function.MAX;
        for (int i = 0; i < call.args().size(); i++) {
            for (String v : values(call, i, a, self)) {
                double x = Values.toNumber(v);
                if (Double.isNaN(x)) {
                    return Double.NaN;
                }
                best = Double.isNaN(best) ? x : max ? Math.max(best, x) : Math.min(best, x);
            }
        }
        return best;
    }

    private static Object round(Term.Call call, Answers a, String self) {
        double x = number(call, 0, a, self);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        int digits = call.args().size() > 1 ? (int) number(call, 1, a, self) : 0;
        return BigDecimal.valueOf(x).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }

    private static String substr(Term.Call call, Answers a, String self) {
        String s = text(call, 0, a, self);
        int n = s.codePointCount(0, s.length());
        int start = (int) Math.max(0, Math.min(n, number(call, 1, a, self)));
        int end = call.args().size() > 2 ? (int) Math.max(start, Math.min(n, number(call, 2, a, self))) : n;
        return s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, end));
    }

    private static String choiceName(Term.Call call, Answers a, String self) {
        String value = text(call, 0, a, self).trim();
        String question = call.choiceQuestion();
        if (question == null) {
            return "";
        }
        String label = a.choiceLabel(question, value);
        return label == null ? "" : label;
    }

    private static boolean regex(Term.Call call, Answers a, String self) {
        String text = text(call, 0, a, self);
        Pattern p = call.pattern();
        if (p == null) {
            try {
                p = Pattern.compile(text(call, 1, a, self));
            } catch (java.util.regex.PatternSyntaxException e) {
                return false;
            }
        }
        return p.matcher(text).find();
    }
}
