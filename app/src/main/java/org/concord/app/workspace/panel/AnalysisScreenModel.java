package org.concord.app.workspace.panel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.app.base.Failures;
import org.concord.app.base.Message;
import org.concord.app.workspace.run.AnalysisRequest;
import org.concord.stats.analysis.AnalysisOptions;

/**
 * The Analysis tab without Swing: the fields as typed become an {@link AnalysisRequest} or problems, and the stages,
 * failures and saved files are worded as {@link Message}s of the {@code workspace} bundle.
 */
public final class AnalysisScreenModel {
    /**
     * The fields of the Analysis tab, as the analyst left them.
     *
     * @param inputs       study files and responses CSVs
     * @param form         the form chosen, or null for the default
     * @param rates        the rates file, or null
     * @param rateColumn   the rate column chosen, or null
     * @param yearFrom     first year of the trend window as typed ("" for the default)
     * @param yearTo       last year as typed ("" for the default)
     * @param band         the stable band, % per year
     * @param index        the agreement index
     * @param minLeaders   fewest leaders for an LA to count
     * @param minWorkers   fewest workers for an LA to count
     * @param seed         random seed
     * @param permutations permutations of the test
     * @param bootstrap    bootstrap resamples
     */
    public record Fields(List<Path> inputs, Path form, Path rates, String rateColumn, String yearFrom, String yearTo,
                         double band, String index, int minLeaders, int minWorkers, long seed, int permutations,
                         int bootstrap) {
    }

    /**
     * The request to run, or why it cannot run.
     *
     * @param request  the request, or null when there are problems
     * @param problems what to fix first
     */
    public record Checked(AnalysisRequest request, List<Message> problems) {
    }

    private AnalysisScreenModel() {
    }

    /** The request {@code fields} ask for; a year that is not four digits is a problem naming its field. */
    public static Checked check(Fields fields) {
        List<Message> problems = new ArrayList<>();
        Integer from = year(fields.yearFrom(), "inputs.yearFrom", problems);
        Integer to = year(fields.yearTo(), "inputs.yearTo", problems);
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        AnalysisOptions options = new AnalysisOptions(from, to, fields.band(), fields.index(), fields.minLeaders(),
                fields.minWorkers(), fields.seed(), fields.permutations(), fields.bootstrap());
        return new Checked(new AnalysisRequest(fields.inputs(), fields.form(), fields.rates(), fields.rateColumn(),
                options), List.of());
    }

    /** The line under the progress bar for analysis stage {@code stage} (waiting, reading, ..., done). */
    public static Message stage(String stage) {
        return Message.of("stage." + stage);
    }

    /** What to show when the analysis failed (internal errors are logged). */
    public static List<Message> problems(Throwable failure) {
        return Failures.describe(failure, "problem.internal", "workspace: the analysis failed");
    }

    /** {@code file} with {@code extension} (".xlsx", ".json") added when it lacks it. */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }

    private static Integer year(String text, String fieldKey, List<Message> problems) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (t.matches("\\d{4}")) {
            return Integer.parseInt(t);
        }
        problems.add(Message.of("problem.year", Message.of(fieldKey), t));
        return null;
    }
}
