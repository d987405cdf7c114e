package org.concord.forms.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.concord.common.InputException;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;

/**
 * Loads every form folder listed in an index (bench/lib/pyxform_md_forms.py writes it from pyxform's test suite) and
 * prints, for the forms pyxform accepts, how many Concord loads and why the others are refused, grouped by reason; one
 * line per form goes to a results file. Used by bench/pyxform-corpus.sh and bench/real-forms.sh (whose index marks a
 * form "unchecked" when pyxform was not run: it then counts as accepted). An unexpected exception is reported as a
 * crash, with its class, instead of ending the run.
 */
public final class FormsCorpusCheck {
    private static final String PHONE = "a phone-only type (GPS, camera, audio, file...)";

    private FormsCorpusCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path index = Path.of(args[0]);
        Path results = Path.of(args[1]);
        Map<String, Integer> reasons = new TreeMap<>();
        Map<String, String> examples = new TreeMap<>();
        int accepted = 0;
        int loaded = 0;
        int rejectedByPyxformLoaded = 0;
        boolean pyxformRan = true;
        StringBuilder lines = new StringBuilder();
        for (String line : Files.readAllLines(index)) {
            String[] f = line.split("\t");
            boolean pyxformAccepts = !f[1].equals("error");
            pyxformRan &= !f[1].equals("unchecked");
            String outcome;
            try {
                Form form = FormLoader.load(index.resolveSibling(f[0]));
                outcome = "loads, " + form.warnings().size() + " warnings";
                loaded += pyxformAccepts ? 1 : 0;
                rejectedByPyxformLoaded += pyxformAccepts ? 0 : 1;
            } catch (InputException e) {
                // A form that asks for a phone-only type anywhere counts as phone-only, whatever its first problem.
                String first = e.problems().stream().map(p -> p.message()).filter(m -> reason(m).equals(PHONE))
                        .findFirst().orElse(e.problems().get(0).message());
                outcome = "refused: " + first;
                if (pyxformAccepts) {
                    reasons.merge(reason(first), 1, Integer::sum);
                    examples.putIfAbsent(reason(first), f[2] + ": " + first);
                }
            } catch (RuntimeException e) {
                outcome = "crashed: " + e;
                if (pyxformAccepts) {
                    reasons.merge("crashed: " + e.getClass().getName(), 1, Integer::sum);
                    examples.putIfAbsent("crashed: " + e.getClass().getName(), f[2] + ": " + e);
                }
            }
            accepted += pyxformAccepts ? 1 : 0;
            lines.append(f[0]).append('\t').append(f[1]).append('\t').append(f[2]).append('\t').append(outcome)
                    .append('\n');
        }
        Files.writeString(results, lines);
        System.out.printf("%s: %d; Concord loads %d (%.0f%%)%n",
                pyxformRan ? "forms pyxform accepts" : "forms (pyxform not run: all counted)", accepted, loaded,
                100.0 * loaded / accepted);
        int phone = reasons.getOrDefault(PHONE, 0);
        System.out.printf("without a phone-only type: %d; Concord loads %d (%.0f%%)%n", accepted - phone, loaded,
                100.0 * loaded / (accepted - phone));
        System.out.println("refused, by reason (a phone-only type wherever it is in the form, else the first problem;"
                + " with the first form refused so and its message):");
        reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %3d  %s%n         e.g. %s%n", e.getValue(), e.getKey(),
                        examples.get(e.getKey())));
        System.out.printf("forms pyxform refuses that Concord loads (with warnings for what it does not use): %d%n",
                rejectedByPyxformLoaded);
    }

    /** The kind of refusal, so that forms refused for the same reason count together. */
    private static String reason(String message) {
        List<Map.Entry<String, String>> kinds = List.of(
                Map.entry("laptop kiosk cannot capture", PHONE),
                Map.entry("beside the form", "a file beside the form (select_one_from_file, csv-external, "
                        + "xml-external, pulldata) that the test does not provide"),
                Map.entry("begin loop", "a loop (begin loop over LIST ... end loop) with a problem"),
                Map.entry("is on the external_choices sheet", "a select_one list that is also on the external_choices "
                        + "sheet"));
        for (Map.Entry<String, String> k : kinds) {
            if (message.contains(k.getKey())) {
                return k.getValue();
            }
        }
        String general = message.replaceAll("^duplicate name \\S+( in group \\S+)? \\(already used in row \\d+\\)",
                "duplicate name NAME (already used in row N)")
                .replaceAll("^repeat \\S+ has no questions", "repeat NAME has no questions");
        return general.length() > 140 ? general.substring(0, 140) + "..." : general;
    }
}
