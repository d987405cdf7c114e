package org.concord.app.ui.researcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.concord.app.base.Message;
import org.concord.study.FieldworkSession;
import org.concord.study.LocalAuthority;
import org.concord.study.ProgressRow;
import org.junit.jupiter.api.Test;

/** The researcher view's texts and rules without a window. */
class ResearcherScreenModelTest {
    private static final List<LocalAuthority> LAS = List.of(new LocalAuthority("W06000015", "Cardiff"),
            new LocalAuthority("W06000011", "Swansea"));

    @Test
    void theDetailsCountTheLasAndTheTotalsAddUpEveryRow() {
        ResearcherScreenModel model = new ResearcherScreenModel();
        model.setLas(LAS);
        assertThat(model.details("Values")).isEqualTo(Message.of("researcher.details", "Values", 2));
        assertThat(ResearcherScreenModel.totals(List.of(new ProgressRow("W06000015", "Cardiff", "leader", 3, 1),
                new ProgressRow("W06000015", "Cardiff", "worker", 5, 4),
                new ProgressRow("W06000011", "Swansea", null, 1, 0))))
                .isEqualTo(Message.of("researcher.progress.totals", 9, 5));
        assertThat(ResearcherScreenModel.totals(List.of())).isEqualTo(Message.of("researcher.progress.totals", 0, 0));
    }

    @Test
    void aSessionNeedsAnLaAndInitials() {
        assertThat(ResearcherScreenModel.startProblem(null, "AB")).isEqualTo(Message.of("researcher.session.noLa"));
        assertThat(ResearcherScreenModel.startProblem(LAS.get(0), " "))
                .isEqualTo(Message.of("researcher.session.noInitials"));
        assertThat(ResearcherScreenModel.startProblem(LAS.get(0), "AB")).isNull();
    }

    @Test
    void theSessionLineNamesTheLaTheResearcherAndTheStartInTheLanguagesFormat() {
        ResearcherScreenModel model = new ResearcherScreenModel();
        model.setLas(LAS);
        assertThat(model.sessionDetails(Locale.UK, ZoneOffset.UTC)).isNull();
        model.setSession(new FieldworkSession(1, "W06000011", "AB", "laptop", Instant.parse("2026-03-04T09:05:00Z"),
                null));
        Message line = model.sessionDetails(Locale.UK, ZoneOffset.UTC);
        assertThat(line.key()).isEqualTo("researcher.session.details");
        assertThat(line.args()).containsExactly("Swansea", "W06000011", "AB", "04/03/2026, 09:05");
        // An LA no longer in the list is shown by its code.
        model.setSession(new FieldworkSession(2, "E09000001", "CD", "laptop", Instant.parse("2026-03-04T09:05:00Z"),
                null));
        assertThat(model.sessionDetails(Locale.UK, ZoneOffset.UTC).args().get(0)).isEqualTo("E09000001");
    }
}
