package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.fixture.FrameFixture;
import org.concord.app.base.action.ActionModel;
import org.concord.forms.FormLoader;
import org.concord.study.LocalAuthority;
import org.concord.study.ParticipantState;
import org.concord.study.Study;
import org.junit.jupiter.api.Test;

/**
 * A participant is half-way through the bundled form when the app process is killed with {@code kill -9}; reopening
 * the study resumes them at their page with every answer given before the kill.
 */
class KioskCrashResumeTest extends KioskGuiSupport {

    @Test
    void aParticipantKilledMidFormResumesWithEveryAcknowledgedAnswer() throws Exception {
        Path file = dir.resolve("crash.concord");
        try (Study created = Study.create(file, FormLoader.loadBundled("values-agreement"),
                List.of(new LocalAuthority(LA, "Cardiff")), PIN.toCharArray())) {
            created.startSession(LA, "AB");
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=false", KioskCrashChild.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        Map<String, String> acknowledged = new LinkedHashMap<>();
        StringBuilder log = new StringBuilder();
        // A watchdog: a child that fails or hangs is killed, so that the test fails rather than waits forever.
        java.util.concurrent.ScheduledExecutorService watchdog = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor();
        watchdog.schedule(child::destroyForcibly, 90, TimeUnit.SECONDS);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                log.append(line).append('\n');
                if (line.startsWith("Exception in thread \"main\"")) {
                    watchdog.schedule(child::destroyForcibly, 2, TimeUnit.SECONDS);
                }
                if (line.startsWith("ACK ")) {
                    String[] kv = line.substring(4).split("=", 2);
                    acknowledged.put(kv[0], kv[1]);
                } else if (line.equals("READY")) {
                    break;
                }
            }
            assertThat(line).as("child output:\n%s", log).isEqualTo("READY");
            // kill -9: no shutdown hooks, no finally blocks, no chance to flush anything.
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
            watchdog.shutdownNow();
        }
        assertThat(acknowledged).hasSize(5);

        study = Study.open(file);
        fieldwork = study.sessions().get(0);
        List<ParticipantState> unfinished = study.unfinished();
        assertThat(unfinished).hasSize(1);
        ParticipantState state = unfinished.get(0);
        assertThat(state.lastPage()).isEqualTo("views_needs_resources");
        assertThat(state.answers()).containsAllEntriesOf(acknowledged);

        robot = BasicRobot.robotWithNewAwtHierarchy();
        kiosk = onEdt(() -> {
            com.formdev.flatlaf.FlatLightLaf.setup();
            return KioskWindow.resume(study, fieldwork, state, () -> exited.set(true));
        });
        window = new FrameFixture(robot, kiosk.frame());
        waitForPage("views_needs_resources");
        for (Map.Entry<String, String> answer : acknowledged.entrySet()) {
            if (answer.getKey().matches("nr\\d")) {
                window.toggleButton("q." + answer.getKey() + "." + answer.getValue()).requireSelected();
            }
        }
        window.button(ActionModel.KIOSK_BACK.componentName()).click();
        waitForPage("about");
        window.toggleButton("q.role.social_worker").requireSelected();
        window.textBox("q.years.text").requireText("12");
    }
}
