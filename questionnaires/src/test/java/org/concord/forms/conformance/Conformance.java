package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.concord.common.Problem;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.forms.InvalidFormException;

/** Loads the forms of {@code src/test/resources/conformance/}: one CSV folder per XLSForm feature and spelling. */
final class Conformance {
    private Conformance() {
    }

    static Path folder(String name) {
        try {
            return Path.of(Conformance.class.getResource("/conformance/" + name + "/survey.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The form of a folder that must load; its stored source must give the same warnings. */
    static Form load(String name) {
        Form form = FormLoader.load(folder(name));
        Form again = FormLoader.fromSource(form.source().text());
        assertThat(again.warnings()).extracting(Problem::message)
                .as("warnings of %s read back from its stored source", name)
                .containsExactlyElementsOf(form.warnings().stream().map(Problem::message).toList());
        return form;
    }

    /** The warnings of a folder that must load, as the user reads them. */
    static List<String> warnings(String name) {
        return load(name).warnings().stream().map(Problem::toString).toList();
    }

    /** The errors of a folder that must not load, as the user reads them. */
    static List<String> errors(String name) {
        InvalidFormException e = catchThrowableOfType(InvalidFormException.class, () -> FormLoader.load(folder(name)));
        assertThat(e).as("loading %s should fail", name).isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }
}
