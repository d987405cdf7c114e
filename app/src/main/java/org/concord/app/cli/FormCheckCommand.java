package org.concord.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.forms.InvalidFormException;
import org.concord.forms.Language;
import org.concord.forms.Question;
import org.concord.forms.Repeat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code concord form check [--strict] FILE}: loads and validates a form; prints its summary (exit 0) or every error
 * with its file, sheet, row and column (exit 2). Warnings (what the form says that Concord ignores or fills in) are
 * printed on stderr beside the errors, prefixed {@code warning:}; they fail the check only with {@code --strict}.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check an XLSForm (.xlsx or .xls workbook or folder of survey.csv, choices.csv, settings.csv) "
                + "and summarise it, or list every problem found.")
public final class FormCheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .xlsx or .xls workbook or the folder holding the CSV sheets")
    private Path file;

    @CommandLine.Option(names = "--strict", description = "fail (exit 2) on warnings too: missing translations, "
            + "ignored columns and settings")
    private boolean strict;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Form form;
        try {
            form = FormLoader.load(file);
        } catch (InputException e) {
            for (Problem problem : e.problems()) {
                err.println(problem);
            }
            List<Problem> warnings = e instanceof InvalidFormException invalid ? invalid.warnings() : List.of();
            printWarnings(warnings, err);
            int n = e.problems().size();
            err.println(count(n, "problem") + (warnings.isEmpty() ? "" : " and " + count(warnings.size(), "warning"))
                    + " in " + file + "; fix " + (n == 1 ? "it" : "them") + " and run 'concord form check' again");
            err.flush();
            return ConcordCommand.EXIT_BAD_INPUT;
        }
        print(form, out);
        out.flush();
        printWarnings(form.warnings(), err);
        if (form.warnings().isEmpty()) {
            out.println("No problems found.");
        } else if (strict) {
            err.println(count(form.warnings().size(), "warning") + " in " + file + " and --strict was given; fix "
                    + (form.warnings().size() == 1 ? "it" : "them") + " or check without --strict");
            err.flush();
            return ConcordCommand.EXIT_BAD_INPUT;
        } else {
            out.println("No errors; " + count(form.warnings().size(), "warning") + " (listed on stderr; the form "
                    + "loads as it is).");
        }
        out.flush();
        err.flush();
        return 0;
    }

    private static void printWarnings(List<Problem> warnings, PrintWriter err) {
        for (Problem warning : warnings) {
            err.println("warning: " + warning);
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The summary of a valid form. */
    static void print(Form form, PrintWriter out) {
        out.println("Form:      " + form.settings().formTitle());
        out.println("Id:        " + form.settings().formId());
        out.println("Version:   " + (form.settings().version().isEmpty() ? "(none)" : form.settings().version()));
        StringBuilder languages = new StringBuilder();
        for (Language language : form.languages()) {
            if (languages.length() > 0) {
                languages.append(", ");
            }
            languages.append(Language.DEFAULT_CODE.equals(language.code()) ? "default" : language.headerName());
            if (language.code().equals(form.defaultLanguage())) {
                languages.append(" [default]");
            }
        }
        out.println("Languages: " + languages);
        long answerable = form.questions().stream().filter(q -> q.type().isAnswerable()).count();
        out.println("Questions: " + form.questions().size() + " (" + answerable + " answered by a participant, "
                + form.valuesItems().size() + " values items)");
        Map<String, int[]> domains = new LinkedHashMap<>();
        for (Question item : form.valuesItems()) {
            int[] counts = domains.computeIfAbsent(item.domain(), d -> new int[2]);
            counts[0]++;
            counts[1] += item.reverse() ? 1 : 0;
        }
        if (!domains.isEmpty()) {
            out.println("Values items per domain:");
            int width = domains.keySet().stream().mapToInt(String::length).max().orElse(0);
            domains.forEach((domain, counts) -> out.printf("  %-" + width + "s  %3d  (%d reverse-keyed)%n",
                    domain, counts[0], counts[1]));
        }
        for (Repeat repeat : form.repeats()) {
            out.println("Repeat:    " + repeat.name() + " (row " + repeat.row() + "), "
                    + (repeat.repeatCount() == null ? "\"add another?\" after each instance"
                    : "repeat_count " + repeat.repeatCount().source()));
        }
        out.println("Role question: " + (form.roleQuestion().isPresent() ? "yes" : "no"));
        out.println("SHA-256:   " + form.source().sha256());
    }
}
