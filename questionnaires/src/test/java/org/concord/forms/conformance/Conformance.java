package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.common.Problem;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.forms.InvalidFormException;
import org.concord.session.Change;
import org.concord.session.FormSession;
import org.concord.session.SessionContext;

/** Loads the forms of {@code src/test/resources/conformance/}: one CSV folder per XLSForm feature and spelling. */
final class Conformance {
    /** The clock, device id and researcher initials of the session tests: 2026-03-01 14:30 UTC. */
    static final SessionContext CONTEXT = new SessionContext(
            Clock.fixed(Instant.parse("2026-03-01T14:30:00Z"), ZoneOffset.UTC), "concord:4b1d", "AB");

    private Conformance() {
    }

    /** A new participant (seed 1, default language) on the form of a folder. */
    static FormSession session(String folder) {
        return FormSession.start(load(folder), Map.of(), "default", 1, CONTEXT);
    }

    /** The changes to save, as question to value. */
    static Map<String, String> saved(List<Change> changes) {
        Map<String, String> out = new HashMap<>();
        changes.forEach(c -> out.put(c.question(), c.value()));
        return out;
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
