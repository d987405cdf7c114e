package org.concord.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POI is warmed up in the background only when the last minute's load average leaves a core idle. */
class SpareCoreTest {
    @TempDir
    Path dir;

    private boolean spare(String loadavg, int cores) throws Exception {
        Path file = dir.resolve("loadavg");
        Files.writeString(file, loadavg);
        return AnalyseCommand.spareCore(file, cores);
    }

    @Test
    void aCoreIsSpareWhileTheLoadAverageIsBelowTheCores() throws Exception {
        assertThat(spare("1.10 0.95 0.80 2/211 4242\n", 2)).as("load 1.1 on 2 cores").isTrue();
        assertThat(spare("0.00 0.00 0.00 1/90 7\n", 1)).as("load 0 on 1 core").isTrue();
        assertThat(spare("2.00 1.50 1.00 3/211 4242\n", 2)).as("load 2.0 on 2 cores").isFalse();
        assertThat(spare("11.48 11.64 10.55 11/268 26621\n", 2)).as("load 11.5 on 2 cores").isFalse();
        assertThat(spare("11.48 11.64 10.55 11/268 26621\n", 16)).as("load 11.5 on 16 cores").isTrue();
    }

    @Test
    void withoutAReadableLoadAverageTheWarmUpRuns() throws Exception {
        assertThat(AnalyseCommand.spareCore(dir.resolve("missing"), 2)).as("no /proc/loadavg (Windows, macOS)")
                .isTrue();
        assertThat(spare("", 2)).as("an empty file").isTrue();
        assertThat(spare("busy\n", 2)).as("not a number").isTrue();
    }
}
