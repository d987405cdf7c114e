package org.concord.app.ui.researcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.concord.app.base.Message;
import org.concord.common.InputException;
import org.concord.server.ServerStatus;
import org.concord.study.ProgressRow;
import org.junit.jupiter.api.Test;

/** What the researcher view says of the server's progress, without a window or a server. */
class ServerProgressModelTest {
    private static final String ADDRESS = "postgresql://field1@db.example:5432/national";
    private static final String ID = "0b7e2c8e-6f3a-4a51-9d6e-2a0c3f1e9b11";
    private static final Instant READ = Instant.parse("2026-12-02T16:40:00Z");

    @Test
    void theStudyOnTheServerGivesItsCountsProgressAndLaptops() {
        ServerStatus.StudyStatus other = new ServerStatus.StudyStatus("11111111-2222-3333-4444-555555555555", "f",
                "Other", READ, 9, 9, 90, 0, List.of(), List.of());
        ServerStatus.StudyStatus ours = new ServerStatus.StudyStatus(ID.toUpperCase(Locale.ROOT), "f", "Ours", READ,
                5, 4, 50, 1, List.of(new ServerStatus.LaptopStatus("laptop-1", READ, READ.minusSeconds(60), "a", 3),
                new ServerStatus.LaptopStatus("laptop-2", READ, null, "b", 2)),
                List.of(new ProgressRow("W06000015", "Cardiff", "leader", 5, 4)));
        ServerProgressModel.View view = ServerProgressModel.of(List.of(other, ours), ID, ADDRESS, READ, Locale.UK,
                ZoneOffset.UTC);
        assertThat(view.status()).as("status").isEqualTo(Message.of("serverProgress.status", ADDRESS, 5L, 4L, 2, 1L,
                "02/12/2026, 16:40"));
        assertThat(view.progress()).as("progress").containsExactly(new ProgressRow("W06000015", "Cardiff", "leader",
                5, 4));
        assertThat(view.laptops()).as("laptops").containsExactly(
                new ServerProgressModel.LaptopRow("laptop-1", 3, "02/12/2026, 16:39"),
                new ServerProgressModel.LaptopRow("laptop-2", 2, ""));
    }

    @Test
    void aStudyNotYetOnTheServerSaysSoAndShowsNoRows() {
        ServerProgressModel.View view = ServerProgressModel.of(List.of(), ID, ADDRESS, READ, Locale.UK,
                ZoneOffset.UTC);
        assertThat(view.status()).as("status").isEqualTo(Message.of("serverProgress.notOnServer", ADDRESS,
                "02/12/2026, 16:40"));
        assertThat(view.progress()).as("progress").isEmpty();
        assertThat(view.laptops()).as("laptops").isEmpty();
    }

    @Test
    void anUnreachableServerIsNamedWithTheLibrarysWords() {
        ServerProgressModel.View view = ServerProgressModel.unreachable(ADDRESS,
                InputException.ofFile(ADDRESS, "could not connect (Connection refused)"));
        assertThat(view.status().key()).as("key").isEqualTo("serverProgress.unreachable");
        assertThat(view.status().args()).as("args").hasSize(2).first().isEqualTo(ADDRESS);
        assertThat(String.valueOf(view.status().args().get(1))).as("reason").contains("could not connect")
                .contains(ADDRESS);
        assertThat(view.laptops()).as("laptops").isEmpty();
    }
}
