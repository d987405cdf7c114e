package org.concord.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FormCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = ConcordCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void exportWritesTheBundledFormAndCheckSummarisesIt() {
        Path xlsx = dir.resolve("values.xlsx");
        assertThat(run("form", "export", "--out", xlsx.toString())).isZero();
        Form bundled = FormLoader.loadBundled(FormLoader.DEFAULT_FORM);
        assertThat(out.toString()).isEqualTo("Wrote " + xlsx + ": form " + bundled.settings().formId() + " version "
                + bundled.settings().version() + ", SHA-256 " + bundled.source().sha256() + System.lineSeparator());
        assertThat(FormLoader.load(xlsx)).isEqualTo(bundled);

        out.getBuffer().setLength(0);
        assertThat(run("form", "check", xlsx.toString())).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString())
                .contains("Form:      " + bundled.settings().formTitle())
                .contains("Id:        " + bundled.settings().formId())
                .contains("Version:   " + bundled.settings().version())
                .contains("Languages: English (en) [default], Cymraeg (cy)")
                .contains("Questions: " + bundled.questions().size() + " (")
                .contains(bundled.valuesItems().size() + " values items)")
                .contains("Values items per domain:")
                .contains("SHA-256:   " + bundled.source().sha256())
                .endsWith("No problems found." + System.lineSeparator());
    }

    @Test
    void checkSummarisesAFolderWithDomainCounts() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("small"));
        Files.writeString(folder.resolve("survey.csv"), "type,name,label,domain,reverse\n"
                + "select_one a3,v1,V1,needs,\nselect_one a3,v2,V2,needs,yes\nselect_one a3,v3,V3,risk,\n"
                + "text,t,T,,\n");
        Files.writeString(folder.resolve("choices.csv"), "list_name,name,label\na3,1,Low\na3,2,Mid\na3,3,High\n");
        Files.writeString(folder.resolve("settings.csv"), "form_title,form_id,version\nSmall,small,3\n");
        assertThat(run("form", "check", folder.toString())).isZero();
        String nl = System.lineSeparator();
        assertThat(out.toString()).startsWith("Form:      Small" + nl + "Id:        small" + nl + "Version:   3" + nl
                + "Languages: default [default]" + nl
                + "Questions: 4 (4 answered by a participant, 3 values items)" + nl
                + "Values items per domain:" + nl
                + "  needs    2  (1 reverse-keyed)" + nl
                + "  risk     1  (0 reverse-keyed)" + nl
                + "Role question: no" + nl);
    }

    @Test
    void checkNamesEachRepeatAndHowItsInstancesAreCounted() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("repeats"));
        Files.writeString(folder.resolve("survey.csv"), "type,name,label,repeat_count\n"
                + "integer,n,How many children?,\nbegin_repeat,child,Child,${n}\ninteger,age,Age,\nend_repeat,,,\n"
                + "begin_repeat,visit,Visit,\ntext,place,Where?,\nend_repeat,,,\n");
        Files.writeString(folder.resolve("settings.csv"), "form_title,form_id\nRepeats,repeats\n");
        assertThat(run("form", "check", folder.toString())).as("exit code; stderr: %s", err).isZero();
        String nl = System.lineSeparator();
        assertThat(out.toString()).as("summary").contains("Repeat:    child (row 3), repeat_count ${n}" + nl
                + "Repeat:    visit (row 6), \"add another?\" after each instance" + nl + "Role question: no" + nl);
    }

    @Test
    void checkListsEveryProblemAndExitsWithTwo() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("values-agreement"));
        Files.writeString(folder.resolve("survey.csv"), "type,name,label,relevant\n"
                + "select_one roles,role,Role,\nintger,n,N,\ntext,t,T,${rolle} = 'tm'\n");
        Files.writeString(folder.resolve("choices.csv"), "list_name,name,label,role_group\nroles,tm,TM,leader\n");
        assertThat(run("form", "check", folder.toString())).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        String nl = System.lineSeparator();
        assertThat(err.toString()).isEqualTo(
                "values-agreement/survey.csv row 3, column type: unknown type intger; did you mean integer?" + nl
                + "values-agreement/survey.csv row 4, column relevant: unknown name ${rolle}; did you mean ${role}?"
                + nl + "2 problems in " + folder + "; fix them and run 'concord form check' again" + nl);
    }

    @Test
    void badArgumentsAndUnwritableOutputsAreBadInput() {
        assertThat(run("form", "check", dir.resolve("missing.xlsx").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("missing.xlsx: no such file or folder: ");
        err.getBuffer().setLength(0);
        assertThat(run("form", "export", "--out", dir.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("x.csv: the output must be an .xlsx file");
        err.getBuffer().setLength(0);
        assertThat(run("form", "export", "--name", "nope", "--out", dir.resolve("x.xlsx").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("nope: no bundled form named nope");
        err.getBuffer().setLength(0);
        assertThat(run("form", "export", "--out", dir.resolve("no/such/dir/x.xlsx").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith(dir.resolve("no/such/dir/x.xlsx") + ": cannot be written: the folder "
                + dir.resolve("no/such/dir") + " does not exist");
        err.getBuffer().setLength(0);
        assertThat(run("form", "export", "--name", "a", "--form", "b", "--out", "c.xlsx")).isEqualTo(2);
        assertThat(run("form")).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
    }

    private Path formWithAMissingTranslation() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("warned"));
        Files.writeString(folder.resolve("survey.csv"), "type,name,label::English (en),label::Cymraeg (cy)\n"
                + "text,a,A,A cy\ntext,b,B,\n");
        Files.writeString(folder.resolve("settings.csv"), "form_id,submission_url\nwarned,https://example.org\n");
        return folder;
    }

    @Test
    void warningsArePrintedAndTheCheckPasses() throws IOException {
        Path folder = formWithAMissingTranslation();
        assertThat(run("form", "check", folder.toString())).isZero();
        String nl = System.lineSeparator();
        assertThat(err.toString()).isEqualTo(
                "warning: warned/survey.csv row 3, column label::Cymraeg (cy): label in Cymraeg (cy) is missing; "
                        + "the kiosk shows English (en)'s text there" + nl
                        + "warning: warned/settings.csv row 2, column submission_url: setting submission_url is "
                        + "ignored: Concord keeps every answer in the study file on the laptop and sends nothing to a "
                        + "server" + nl);
        assertThat(out.toString()).endsWith("No errors; 2 warnings (listed on stderr; the form loads as it is)."
                + nl);
    }

    @Test
    void strictFailsOnWarnings() throws IOException {
        Path folder = formWithAMissingTranslation();
        assertThat(run("form", "check", "--strict", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).endsWith("2 warnings in " + folder + " and --strict was given; fix them or "
                + "check without --strict" + System.lineSeparator());
        assertThat(out.toString()).doesNotContain("No errors");
    }

    @Test
    void warningsArePrintedBesideErrors() throws IOException {
        Path folder = formWithAMissingTranslation();
        Files.writeString(folder.resolve("survey.csv"), "type,name,label::English (en),label::Cymraeg (cy)\n"
                + "text,a,A,A cy\ntext,b,B,\ngeopoint,c,C,C cy\n");
        assertThat(run("form", "check", folder.toString())).isEqualTo(2);
        String nl = System.lineSeparator();
        assertThat(err.toString()).startsWith("warned/survey.csv row 4, column type: a laptop kiosk cannot capture "
                + "geopoint (a GPS location); remove it or use ODK Collect for this part" + nl
                + "warning: warned/survey.csv row 3, column label::Cymraeg (cy): label in Cymraeg (cy) is missing; ")
                .endsWith("1 problem and 2 warnings in " + folder + "; fix it and run 'concord form check' again" + nl);
    }
}
