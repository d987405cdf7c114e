package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.concord.common.Problem;
import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.forms.InvalidFormException;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.session.FormSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** select_one_from_file, csv-external, xml-external and pulldata(): files beside the form, as ODK's form media. */
class ExternalFilesConformanceTest {
    @TempDir
    Path dir;

    private static final String[] CITIES = {"name,label,label::Cymraeg (cy),country",
        "cardiff,Cardiff,Caerdydd,wales", "swansea,Swansea,Abertawe,wales", "leeds,Leeds,Leeds,england"};

    private static Form load(Path folder) {
        Form form = FormLoader.load(folder);
        Form again = FormLoader.fromSource(form.source().text());
        assertThat(again).as("form %s read back from its stored source", folder.getFileName()).isEqualTo(form);
        return form;
    }

    private static List<String> errors(Path folder) {
        InvalidFormException e = catchThrowableOfType(InvalidFormException.class, () -> FormLoader.load(folder));
        assertThat(e).as("loading %s should fail", folder.getFileName()).isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static FormSession session(Form form) {
        return FormSession.start(form, Map.of(), "default", 1, Conformance.CONTEXT);
    }

    private static Question q(Form form, String name) {
        return form.question(name).orElseThrow(() -> new AssertionError("no question " + name));
    }

    @Test
    void selectOneFromCsvFileTakesItsChoicesAndLanguages() {
        Path folder = FormFolders.form(dir, "cities", "type,name,label::English (en),label::Cymraeg (cy)",
                "select_one_from_file cities.csv,city,City,Dinas",
                "select_multiple_from_file cities.csv,visited,Visited,Ymwelwyd");
        FormFolders.write(folder, "cities.csv", CITIES);
        Form form = load(folder);
        assertThat(q(form, "city").type()).isEqualTo(QuestionType.SELECT_ONE);
        assertThat(q(form, "visited").type()).isEqualTo(QuestionType.SELECT_MULTIPLE);
        List<Choice> choices = form.choicesOf(q(form, "city")).orElseThrow().choices();
        assertThat(choices).extracting(Choice::name).containsExactly("cardiff", "swansea", "leeds");
        assertThat(choices.get(0).label().exactly("cy")).isEqualTo("Caerdydd");
        assertThat(choices.get(0).columns()).containsEntry("country", "wales");
        assertThat(form.warnings()).as("warnings").isEmpty();
    }
}
