package org.concord.study.export.wide;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads exported files back with the real tools, each printing one line per fact so that tests compare lines:
 * {@code VAR name type label}, {@code LABEL name value label}, {@code VALUE name row value} ({@code NA} when
 * missing, times as milliseconds since 1970, tab-separated; every row, or only the last when not {@code full}). A
 * test is skipped when the tool is not installed.
 */
public final class ReadBack {
    private static final String R_SCRIPT = """
            suppressMessages(library(haven))
            args <- commandArgs(TRUE)
            d <- if (grepl("[.]sav$", args[1])) read_sav(args[1]) else read_dta(args[1])
            cat("rows", nrow(d), "\\n")
            cat("columns", ncol(d), "\\n")
            full <- length(args) < 2
            for (n in names(d)) {
              x <- d[[n]]
              l <- attr(x, "labels")
              cat("VAR", n, class(x)[1], if (is.null(attr(x, "label"))) "" else attr(x, "label"), sep = "\\t")
              cat("\\n")
              if (!is.null(l)) for (i in seq_along(l)) { cat("LABEL", n, l[[i]], names(l)[i], sep = "\\t"); cat("\\n") }
              for (i in (if (full) seq_len(nrow(d)) else nrow(d))) {
                v <- x[i]
                s <- if (is.na(v)) "NA" else if (inherits(x, "POSIXct")) sprintf("%.0f", as.numeric(v) * 1000)
                     else as.character(unclass(v))
                cat("VALUE", n, i, s, sep = "\\t")
                cat("\\n")
              }
            }
            """;
    private static final String PANDAS_SCRIPT = """
            import sys
            import pandas as pd
            d = pd.io.stata.StataReader(sys.argv[1]).read(convert_categoricals=False)
            # a second reader for the labels: pandas closes a file read to its end (an empty dataset)
            r = pd.io.stata.StataReader(sys.argv[1])
            labels = r.variable_labels()
            values = r.value_labels()
            print("rows", len(d))
            print("columns", len(d.columns))
            full = len(sys.argv) < 3
            for n in d.columns:
                print("VAR", n, str(d[n].dtype), labels[n], sep="\\t")
                for k, v in sorted(values.get(n, {}).items()):
                    print("LABEL", n, k, v, sep="\\t")
                for i in (range(len(d)) if full else [len(d) - 1]):
                        x = d[n].iloc[i]
                        if isinstance(x, str):
                            s = x
                        elif pd.isna(x):
                            s = "NA"
                        elif isinstance(x, pd.Timestamp):
                            s = str(x.value // 1000000)
                        elif float(x).is_integer():
                            s = str(int(x))
                        else:
                            s = repr(float(x))
                        print("VALUE", n, i + 1, s, sep="\\t")
            """;

    private ReadBack() {
    }

    /** R's haven: {@code read_sav} or {@code read_dta} by extension; {@code full} false prints the last row's values only. */
    public static List<String> haven(Path file, boolean full) throws IOException {
        assumeTrue(ExternalTool.hasHaven(), "R with haven is not installed");
        ExternalTool.Result r = ExternalTool.run(command(file, full, ExternalTool.find("Rscript"),
                write(file, "read.R", R_SCRIPT)), 300);
        if (r.exit() != 0) {
            throw new AssertionError("R could not read " + file + ":\n" + r.out());
        }
        return r.out().lines().toList();
    }

    /** pandas' Stata reader; {@code full} false prints the last row's values only. */
    public static List<String> pandas(Path file, boolean full) throws IOException {
        assumeTrue(ExternalTool.hasPandas(), "python3 with pandas is not installed");
        ExternalTool.Result r = ExternalTool.run(command(file, full, ExternalTool.find("python3"),
                write(file, "read.py", PANDAS_SCRIPT)), 300);
        if (r.exit() != 0) {
            throw new AssertionError("pandas could not read " + file + ":\n" + r.out());
        }
        return r.out().lines().toList();
    }

    /**
     * GNU PSPP: a syntax file with {@code GET FILE}, {@code DISPLAY DICTIONARY}, then {@code more} (such as
     * {@code LIST.}), output as CSV; returns its lines. Any warning or error of PSPP makes this fail.
     */
    public static List<String> pspp(Path sav, String more) throws IOException {
        String pspp = ExternalTool.find("pspp");
        assumeTrue(pspp != null, "GNU PSPP is not installed");
        Path dir = sav.toAbsolutePath().getParent();
        Path syntax = dir.resolve("read.sps");
        Path csv = dir.resolve("pspp-output.csv");
        Files.deleteIfExists(csv);
        Files.writeString(syntax, "GET FILE='" + sav.toAbsolutePath() + "'.\nDISPLAY DICTIONARY.\n"
                + more + "\n", StandardCharsets.UTF_8);
        ExternalTool.Result r = ExternalTool.run(List.of(pspp, "-o", csv.toString(), syntax.toString()), 600);
        List<String> lines = Files.exists(csv) ? Files.readAllLines(csv, StandardCharsets.UTF_8) : List.of();
        if (r.exit() != 0 || !r.out().isBlank() || lines.stream().anyMatch(l -> l.matches(".*(warning|error):.*"))) {
            throw new AssertionError("pspp reported on " + sav + " (exit " + r.exit() + "):\n" + r.out() + "\n"
                    + String.join("\n", lines));
        }
        return lines;
    }

    private static Path write(Path file, String name, String script) throws IOException {
        Path p = file.toAbsolutePath().getParent().resolve(name);
        Files.writeString(p, script, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> command(Path file, boolean full, String program, Path script) {
        return full ? List.of(program, script.toString(), file.toString())
                : List.of(program, script.toString(), file.toString(), "dictionary-only");
    }
}
