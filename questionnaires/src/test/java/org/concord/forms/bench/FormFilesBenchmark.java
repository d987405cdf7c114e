package org.concord.forms.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.session.FormSession;

/**
 * A form that reads a 10,000-row CSV beside it (select_one_from_file, csv-external with an instance path, pulldata):
 * prints the time to load it from its folder (as form check does, first in a new JVM, then warm), to load it back
 * from its stored text, and to answer its select and recalculate the lookups (the kiosk's keypress path).
 * Run with {@code bench/form-files.sh}. Not a test: timings depend on the machine.
 */
public final class FormFilesBenchmark {
    private static final int ROWS = 10_000;
    private static final int RUNS = 20;

    private FormFilesBenchmark() {
    }

    /** Writes the form into a temporary folder and prints the figures. */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("concord-form-files");
        try {
            write(folder);
            long t0 = System.nanoTime();
            Form form = FormLoader.load(folder);
            long t1 = System.nanoTime();
            System.out.printf("form with a %,d-row CSV: first load (new JVM) %.0f ms%n", ROWS, (t1 - t0) / 1e6);
            report("load from folder (form check)", () -> FormLoader.load(folder));
            String text = form.source().text();
            report("load from stored text (study file)", () -> FormLoader.fromSource(text));
            FormSession s = FormSession.start(form, Map.of(), "default", 1);
            long a0 = System.nanoTime();
            s.setAnswer("person", "p9999");
            long a1 = System.nanoTime();
            System.out.printf("first answer (indexes the columns): %.1f ms; site %s, age %s%n", (a1 - a0) / 1e6,
                    s.answer("site"), s.answer("age"));
            double[] times = new double[RUNS * 10];
            for (int i = 0; i < times.length; i++) {
                long b0 = System.nanoTime();
                s.setAnswer("person", "p" + (i * 37 % ROWS));
                times[i] = (System.nanoTime() - b0) / 1e6;
            }
            Arrays.sort(times);
            System.out.printf("answer + recalculate lookups: median %.2f ms, max %.2f ms (%d answers)%n",
                    times[times.length / 2], times[times.length - 1], times.length);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(folder);
        }
    }

    private static void write(Path folder) throws IOException {
        Files.writeString(folder.resolve("survey.csv"), String.join("\n",
                "type,name,label,calculation",
                "select_one_from_file people.csv,person,Participant,",
                "csv-external,people,,",
                "calculate,site,,instance('people')/root/item[name = ${person}]/site",
                "calculate,age,,\"pulldata('people', 'age', 'name', ${person})\"",
                "calculate,same_site,,count(instance('people')/root/item[site = ${site}])",
                "note,show,${person} is ${age} and at ${site} with ${same_site} others,") + "\n");
        Files.writeString(folder.resolve("settings.csv"), "form_id\nform_files\n");
        StringBuilder csv = new StringBuilder("name,label,site,age\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append('p').append(i).append(",Participant ").append(i).append(",site").append(i % 97).append(',')
                    .append(18 + i % 60).append('\n');
        }
        Files.writeString(folder.resolve("people.csv"), csv, StandardCharsets.UTF_8);
    }

    private static void report(String what, Runnable load) {
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            load.run();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf("%s: median %.1f ms, min %.1f ms (%d runs)%n", what, times[RUNS / 2], times[0], RUNS);
    }
}
