package org.concord.stats.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.forms.FormLoader;
import org.concord.server.ServerStudyReader;

/**
 * Every input and option of one analysis, built as Tablesaw's {@code CsvReadOptions} are: the response files (long
 * CSVs and study files), the form, the rates file and its column, and the options of {@code concord analyse}, each
 * with the default of the design written once ({@link AnalysisOptions#defaults()}). {@code concord analyse}, the
 * workspace and {@code concord demo} all build one and call {@link AnalysisReader#run}.
 *
 * @param files          responses CSVs and study files ({@code *.concord}) in the order given
 * @param form           the form: a path, the name of a bundled form, or null for the default (the form stored in the
 *                       first study file, else the bundled {@value FormLoader#DEFAULT_FORM})
 * @param rates          the rates file
 * @param rateColumn     the rate column, or null for the file's only one
 * @param options        years, band, index, minimum group sizes, seed and resamples
 * @param concordVersion the version recorded with the result
 * @param shortNames     messages name each file by its name alone (the workspace) rather than as given
 * @param server         a study on a Concord server read beside the files, or null
 */
public record AnalysisInput(List<Path> files, String form, Path rates, String rateColumn, AnalysisOptions options,
                            String concordVersion, boolean shortNames, ServerSource server) {
    /** Opens a study on a Concord server when the analysis reads it (the connection is closed after reading). */
    @FunctionalInterface
    public interface ServerSource {
        /** Opens the study; an unreachable server or an unknown study is an {@link InputException}. */
        ServerStudyReader open();
    }

    private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");

    public AnalysisInput {
        files = List.copyOf(files);
    }

    /** A builder with every default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether {@code file} is a study file rather than a responses CSV (by its extension, {@code .concord}). */
    public static boolean isStudy(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".concord");
    }

    /** True when {@code form} names a form bundled with Concord and no file or folder of that name exists. */
    public static boolean isBundled(String form) {
        return form != null && form.matches("[A-Za-z0-9_.-]+") && !Files.exists(Path.of(form))
                && FormLoader.class.getClassLoader().getResource("org/concord/forms/bundled/" + form + "/survey.csv")
                != null;
    }

    /** How messages name {@code file}. */
    String name(Path file) {
        return shortNames && file.getFileName() != null ? file.getFileName().toString() : file.toString();
    }

    /** Collects the inputs and options; {@link #build()} checks them all at once. */
    public static final class Builder {
        private final List<Path> files = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private String form;
        private Path rates;
        private String rateColumn;
        private AnalysisOptions options = AnalysisOptions.defaults();
        private String version = "unknown";
        private boolean shortNames;
        private ServerSource server;

        private Builder() {
        }

        /** Adds long responses CSVs. */
        public Builder responses(Collection<Path> csvs) {
            files.addAll(csvs);
            return this;
        }

        /** Adds study files. */
        public Builder studies(Collection<Path> studies) {
            files.addAll(studies);
            return this;
        }

        /** Adds response files of either kind, told apart by extension ({@code .concord} is a study). */
        public Builder files(Collection<Path> both) {
            files.addAll(both);
            return this;
        }

        /** A study on a Concord server, read beside the files (null: none). */
        public Builder server(ServerSource source) {
            this.server = source;
            return this;
        }

        /** The form: a path or a bundled form's name; null for the default. */
        public Builder form(String pathOrName) {
            this.form = pathOrName;
            return this;
        }

        /** The rates file and its rate column (null for the file's only one). */
        public Builder rates(Path file, String column) {
            this.rates = file;
            this.rateColumn = column;
            return this;
        }

        /** All options at once (e.g. from the workspace's fields). */
        public Builder options(AnalysisOptions all) {
            this.options = all;
            return this;
        }

        /** The trend window as typed, {@code FROM-TO} such as {@code 2016-2020}; null for the default. */
        public Builder years(String window) {
            if (window == null) {
                return this;
            }
            Matcher m = YEARS.matcher(window.trim());
            if (m.matches()) {
                options = options.withYears(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)));
            } else {
                problems.add(Problem.ofFile(null, "--years " + window + " is not a window; write FROM-TO such as "
                        + "2016-2020"));
            }
            return this;
        }

        /** The trend band, the index and the minimum group sizes. */
        public Builder rules(double stableBand, String index, int minLeaders, int minWorkers) {
            options = new AnalysisOptions(options.yearFrom(), options.yearTo(), stableBand, index, minLeaders,
                    minWorkers, options.seed(), options.permutations(), options.bootstrap(), options.factors());
            return this;
        }

        /** The number of factors of the factor analysis; null for the number of domains. */
        public Builder factors(Integer factors) {
            options = options.withFactors(factors);
            return this;
        }

        /** The seed and the numbers of resamples. */
        public Builder resampling(long seed, int permutations, int bootstrap) {
            options = options.withResampling(seed, permutations, bootstrap);
            return this;
        }

        /** The Concord version recorded with the result. */
        public Builder version(String concordVersion) {
            this.version = concordVersion;
            return this;
        }

        /** Name files by their name alone in messages (the workspace shows them so). */
        public Builder shortNames(boolean yes) {
            this.shortNames = yes;
            return this;
        }

        /**
         * Checks every option and throws one {@link InputException} with every problem; the files are checked when
         * {@link AnalysisReader#run} reads them, so that a missing file is reported with the problems of the others.
         */
        public AnalysisInput build() {
            List<Problem> all = new ArrayList<>(problems);
            if (files.isEmpty() && server == null) {
                all.add(Problem.ofFile(null, "no responses: add study files (.concord) or long responses CSVs"));
            }
            if (rates == null) {
                all.add(Problem.ofFile(null, "no rates file: choose the LA rates CSV"));
            }
            if (!Double.isFinite(options.stableBand()) || options.stableBand() < 0) {
                all.add(Problem.ofFile(null, "--stable-band must be 0 or more (% a year)"));
            }
            positive(all, "--min-leaders", options.minLeaders());
            positive(all, "--min-workers", options.minWorkers());
            positive(all, "--permutations", options.permutations());
            positive(all, "--bootstrap", options.bootstrap());
            if (options.factors() != null) {
                positive(all, "--factors", options.factors());
            }
            if (!Indices.NAMES.contains(options.index())) {
                all.add(Problem.ofFile(null, "--index " + options.index() + " does not exist; use one of "
                        + String.join(", ", Indices.NAMES)));
            }
            if (!all.isEmpty()) {
                throw new InputException(all);
            }
            return new AnalysisInput(files, form, rates, rateColumn, options, version, shortNames, server);
        }

        private static void positive(List<Problem> problems, String option, long value) {
            if (value < 1) {
                problems.add(Problem.ofFile(null, option + " must be at least 1"));
            }
        }
    }
}
