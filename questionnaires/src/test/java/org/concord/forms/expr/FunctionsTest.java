package org.concord.forms.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The functions real forms use, evaluated as ODK Collect evaluates them (values worked out by hand from the spec). */
class FunctionsTest {
    /** Answers with a fixed clock (2026-03-01 14:30:15.250), a repeat {@code kids} of three and one choice label. */
    private static final Answers ANSWERS = new Answers() {
        private final Map<String, String> values = Map.of("name", "Ann Jones", "age", "42", "fruit", "apple pear",
                "dob", "1990-06-15", "n", "2.5", "flag", "true", "arrived", "2026-03-01T09:15:00");

        @Override
        public String get(String name) {
            return values.get(name);
        }

        @Override
        public List<String> all(String name) {
            return name.equals("kid_age") ? List.of("4", "9", "", "7") : Answers.super.all(name);
        }

        @Override
        public String indexed(String name, int index) {
            List<String> all = all(name);
            return index <= all.size() ? all.get(index - 1) : null;
        }

        @Override
        public int count(String name) {
            return name.equals("kids") ? 4 : Answers.super.count(name);
        }

        @Override
        public int position() {
            return 3;
        }

        @Override
        public String choiceLabel(String question, String value) {
            return question.equals("fruit") && value.equals("pear") ? "Pear" : null;
        }

        @Override
        public LocalDateTime now() {
            return LocalDateTime.of(2026, 3, 1, 14, 30, 15, 250_000_000);
        }
    };

    private static Object eval(String expression) {
        return ExpressionParser.parse(expression).evaluate(ANSWERS, null);
    }

    private static String text(String expression) {
        return Values.toText(eval(expression));
    }

    @Test
    void textFunctions() {
        assertThat(text("concat(${name}, ' (', ${age}, ')')")).isEqualTo("Ann Jones (42)");
        assertThat(text("substr(${name}, 0, 3)")).isEqualTo("Ann");
        assertThat(text("substr(${name}, 4)")).isEqualTo("Jones");
        assertThat(eval("contains(${name}, 'Jon')")).isEqualTo(true);
        assertThat(eval("starts-with(${name}, 'Ann')")).isEqualTo(true);
        assertThat(eval("ends-with(${name}, 'Ann')")).isEqualTo(false);
        assertThat(text("string(${age} + 1)")).isEqualTo("43");
        assertThat(text("selected-at(${fruit}, 1)")).isEqualTo("pear");
        assertThat(text("selected-at(${fruit}, 5)")).isEmpty();
        assertThat(text("jr:choice-name(selected-at(${fruit}, 1), '${fruit}')")).isEqualTo("Pear");
        assertThat(eval("boolean-from-string(${flag})")).isEqualTo(true);
        assertThat(eval("boolean-from-string('yes')")).isEqualTo(false);
    }

    @Test
    void numberFunctions() {
        assertThat(eval("number(${age}) * 2")).isEqualTo(84.0);
        assertThat(eval("int(${n})")).isEqualTo(2.0);
        assertThat(eval("int(-2.7)")).isEqualTo(-2.0);
        assertThat(eval("round(${n})")).isEqualTo(3.0);
        assertThat(eval("round(3.14159, 2)")).isEqualTo(3.14);
        assertThat(eval("pow(2, 10)")).isEqualTo(1024.0);
        assertThat(eval("sqrt(16)")).isEqualTo(4.0);
        assertThat(eval("floor(-1.5)")).isEqualTo(-2.0);
        assertThat(eval("ceiling(1.2)")).isEqualTo(2.0);
        assertThat(eval("abs(-3)")).isEqualTo(3.0);
    }

    @Test
    void datesCompareAndCountInDays() {
        assertThat(text("today()")).isEqualTo("2026-03-01");
        assertThat(text("now()")).isEqualTo("2026-03-01T14:30:15.25");
        assertThat(eval("${dob} < today()")).isEqualTo(true);
        assertThat(eval("today() - date('2026-02-01')")).isEqualTo(28.0);
        // 2026-03-01 is day 20513 since 1970-01-01; 09:15 is 0.385416... of a day.
        assertThat((double) eval("decimal-date-time(${arrived})")).isCloseTo(20513 + 9.25 / 24, within());
        assertThat(text("date(20513)")).isEqualTo("2026-03-01");
        assertThat(eval("int((today() - ${dob}) div 365.25)")).isEqualTo(35.0);
        assertThat(text("format-date(${dob}, '%e %b %Y')")).isEqualTo("15 Jun 1990");
        assertThat(text("format-date(${arrived}, '%d/%m/%y %H:%M')")).isEqualTo("01/03/26 09:15");
        assertThat(eval("'10:30' < '09:45'")).isEqualTo(false);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    @Test
    void aggregatesRunOverEveryRepeatInstance() {
        assertThat(eval("sum(${kid_age})")).isEqualTo(20.0);
        assertThat(eval("max(${kid_age})")).isEqualTo(9.0);
        assertThat(eval("min(${kid_age})")).isEqualTo(4.0);
        assertThat(eval("count(${kids})")).isEqualTo(4.0);
        assertThat(eval("position(..)")).isEqualTo(3.0);
        assertThat(eval("position(../..)")).as("no repeat around the repeat").isEqualTo(0.0);
        assertThat(text("indexed-repeat(${kid_age}, ${kids}, 2)")).isEqualTo("9");
        assertThat(text("indexed-repeat(${kid_age}, ${kids}, 9)")).isEmpty();
    }

    @Test
    void onceKeepsTheFirstValue() {
        assertThat(ExpressionParser.parse("once(${age})").evaluate(ANSWERS, "")).isEqualTo("42");
        assertThat(ExpressionParser.parse("once(${age})").evaluate(ANSWERS, "17")).isEqualTo("17");
    }
}
