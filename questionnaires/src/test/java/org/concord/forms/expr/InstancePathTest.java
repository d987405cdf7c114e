package org.concord.forms.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** instance('NAME')/root/item[PREDICATE]/COLUMN and pulldata() over secondary instances. */
class InstancePathTest {
    private static SecondaryInstances fruits() {
        SecondaryInstances instances = new SecondaryInstances();
        instances.put("fruits", new InstanceTable(List.of("name", "price", "colour"), List.of(
                List.of("apple", "0.5", "red"), List.of("banana", "0.25", "yellow"), List.of("mango", "1.5", "yellow"),
                List.of("cherry", "2"))));
        return instances;
    }

    private static Object eval(String source, Map<String, String> answers) {
        return ExpressionParser.parse(source, fruits()).evaluate(answers::get, null);
    }

    @Test
    void pathsReadTheFirstMatchingItem() {
        Map<String, String> a = Map.of("f", "mango");
        assertThat(eval("instance('fruits')/root/item[name = ${f}]/price", a)).isEqualTo("1.5");
        assertThat(eval("instance('fruits')/root/item[${f} = name]/colour", a)).isEqualTo("yellow");
        assertThat(eval("instance('fruits')/root/item[colour = 'yellow']/name", a)).isEqualTo("banana");
        assertThat(eval("instance('fruits')/root/item[price > 1 and colour = 'yellow']/name", a)).isEqualTo("mango");
        assertThat(eval("instance('fruits')/root/item[colour = 'yellow' and price > 1]/name", a)).isEqualTo("mango");
        assertThat(eval("instance('fruits')/root/item[name = 'kiwi' or name = 'cherry']/price", a)).isEqualTo("2");
        assertThat(eval("instance('fruits')/root/item[2]/name", a)).isEqualTo("banana");
        assertThat(eval("instance('fruits')/root/item[position() = 4]/colour", a)).as("a short row").isEqualTo("");
        assertThat(eval("instance('fruits')/root/item[9]/name", a)).isEqualTo("");
        assertThat(eval("instance('fruits')/root/item/name", a)).isEqualTo("apple");
        assertThat(eval("instance('nowhere')/root/item/name", a)).isEqualTo("");
        assertThat(eval("concat(instance('fruits')/root/item[name = ${f}]/price, ' each')", a)).isEqualTo("1.5 each");
    }

    @Test
    void aggregatesSeeEveryMatchingItem() {
        Map<String, String> a = Map.of();
        assertThat(eval("count(instance('fruits')/root/item[colour = 'yellow'])", a)).isEqualTo(2.0);
        assertThat(eval("count(instance('fruits')/root/item)", a)).isEqualTo(4.0);
        assertThat(eval("sum(instance('fruits')/root/item[colour = 'yellow']/price)", a)).isEqualTo(1.75);
        assertThat(eval("max(instance('fruits')/root/item/price)", a)).isEqualTo(2.0);
        assertThat(eval("min(instance('fruits')/root/item[price > 0.3]/price)", a)).isEqualTo(0.5);
    }

    @Test
    void pulldataIsTheColumnOfTheFirstRowWhoseKeyMatches() {
        Map<String, String> a = Map.of("f", "cherry");
        assertThat(eval("pulldata('fruits', 'price', 'name', ${f})", a)).isEqualTo("2");
        assertThat(eval("pulldata(\"fruits\", 'name', 'colour', 'yellow')", a)).isEqualTo("banana");
        assertThat(eval("pulldata('fruits', 'price', 'name', 'kiwi')", a)).isEqualTo("");
        Expression e = ExpressionParser.parse("pulldata('fruits', 'price', 'name', ${f}) * 2", fruits());
        assertThat(e.references()).containsExactly("f");
        assertThat(e.instances()).containsExactly("fruits");
        assertThat(e.instanceColumns()).containsEntry("fruits", java.util.Set.of("price", "name"));
    }

    @Test
    void badPathsGiveAMessageWithThePosition() {
        assertParseError("instance(fruits)/root/item/name",
                "instance() takes the instance name in quotes, e.g. instance('cities') at character 10");
        assertParseError("instance('fruits')/root[1]/item/name",
                "a predicate [...] goes on the item: instance('fruits')/root/item[...]/column at character 24");
        assertParseError("instance('fruits')/root", "write an instance path as instance('fruits')/root/item[...]"
                + "/column at character 1");
        assertParseError("instance('fruits')/root/item[name = 'a'/name",
                "expected ']' but found '/' at character 40");
        assertParseError("instance('fruits')/root/item/'name'", "expected a name after '/' but found 'name' at "
                + "character 30");
        assertParseError("pulldata('fruits', 'price', ${col}, 'x')", "pulldata() takes the file name and two columns "
                + "in quotes and a key: pulldata('fruits', 'price', 'name', ${fruit}) at character 1");
        assertParseError("pulldata('fruits', 'price', 'name')", "pulldata() takes the file name and two columns "
                + "in quotes and a key: pulldata('fruits', 'price', 'name', ${fruit}) at character 1");
        assertParseError("${a} / 2", "unexpected '/' at character 6");
    }

    private static void assertParseError(String source, String message) {
        ExpressionException e = catchThrowableOfType(ExpressionException.class,
                () -> ExpressionParser.parse(source, fruits()));
        assertThat(e).as("parsing %s should fail", source).isNotNull();
        assertThat(e.getMessage()).as("message for %s", source).isEqualTo(message);
    }

    /** 10,000 rows: the first lookup indexes the column, later ones do not scan. Prints the times. */
    @Test
    void lookupsInTenThousandRowsAreIndexed() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(List.of("id" + i, "site" + (i % 97), String.valueOf(i)));
        }
        SecondaryInstances instances = new SecondaryInstances();
        long t0 = System.nanoTime();
        instances.put("people", new InstanceTable(List.of("id", "site", "age"), rows));
        Expression e = ExpressionParser.parse("pulldata('people', 'age', 'id', ${id})", instances);
        long t1 = System.nanoTime();
        assertThat(e.evaluate(Map.of("id", "id9999")::get, null)).isEqualTo("9999");
        long t2 = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            assertThat(e.evaluate(Map.of("id", "id" + i)::get, null)).isEqualTo(String.valueOf(i));
        }
        long t3 = System.nanoTime();
        System.out.printf("10,000-row instance: table %.2f ms, first lookup (indexing) %.2f ms, "
                + "1,000 lookups %.2f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
        assertThat((t3 - t2) / 1e6).as("1,000 indexed lookups (ms)").isLessThan(200);
    }
}
