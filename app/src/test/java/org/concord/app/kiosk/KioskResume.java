package org.concord.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.fixture.FrameFixture;
import org.concord.study.ParticipantState;
import org.concord.study.Study;

/** Closes a kiosk test's kiosk and study file mid-participant, opens the file again and resumes the participant. */
final class KioskResume {
    private KioskResume() {
    }

    /**
     * Stops the writer, closes the window and the study file, opens the file from disk and resumes its one unfinished
     * participant in a new kiosk; returns that participant's state as read from the file.
     */
    static ParticipantState closeAndResume(KioskGuiSupport test) throws InterruptedException {
        Path file = test.dir.resolve("fieldwork.concord");
        test.kiosk.writer().shutdown();
        assertThat(test.kiosk.writer().awaitTermination(TimeUnit.SECONDS.toMillis(30))).as("writer stopped").isTrue();
        test.window.cleanUp();
        test.study.close();
        test.study = Study.open(file);
        test.fieldwork = test.study.sessions().get(0);
        List<ParticipantState> unfinished = test.study.unfinished();
        assertThat(unfinished).as("unfinished participants").hasSize(1);
        ParticipantState state = unfinished.get(0);
        test.robot = BasicRobot.robotWithNewAwtHierarchy();
        test.robot.settings().delayBetweenEvents(15);
        test.robot.settings().eventPostingDelay(30);
        test.kiosk = KioskGuiSupport.onEdt(() -> {
            com.formdev.flatlaf.FlatLightLaf.setup();
            return KioskWindow.resume(test.study, test.fieldwork, state, () -> test.exited.set(true));
        });
        test.window = new FrameFixture(test.robot, test.kiosk.frame());
        return state;
    }
}
