package org.concord.forms.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.forms.XlsFormWriter;

/**
 * Loads the bundled form 1,000 times (after a warm-up) and prints the mean time per load; target under 5 ms.
 * Run with {@code bench/forms-load.sh}. Not a test: timings depend on the machine.
 */
public final class FormsLoadBenchmark {
    private static final int WARM_UP = 2000;
    private static final int RUNS = 1000;

    private FormsLoadBenchmark() {
    }

    /** Prints the figures for the classpath (CSV), the stored source text and the exported workbook. */
    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : FormLoader.DEFAULT_FORM;
        Form form = FormLoader.loadBundled(name);
        System.out.printf("form %s: %d questions, %d values items, %d languages%n", form.settings().formId(),
                form.questions().size(), form.valuesItems().size(), form.languages().size());
        report("loadBundled (classpath CSV)", () -> FormLoader.loadBundled(name));
        String text = form.source().text();
        report("fromSource (study file text)", () -> FormLoader.fromSource(text));
        Path xlsx = Files.createTempFile("concord-bench", ".xlsx");
        try {
            XlsFormWriter.write(form, xlsx);
            report("load .xlsx (POI)", () -> FormLoader.load(xlsx));
        } finally {
            Files.deleteIfExists(xlsx);
        }
    }

    private static void report(String what, Runnable load) {
        for (int i = 0; i < WARM_UP; i++) {
            load.run();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            load.run();
            nanos[i] = System.nanoTime() - start;
        }
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-30s %d loads after %d warm-up: mean %.3f ms, median %.3f ms, p95 %.3f ms%n", what, RUNS,
                WARM_UP, mean, sorted[RUNS / 2] / 1e6, sorted[(int) (RUNS * 0.95)] / 1e6);
    }
}
