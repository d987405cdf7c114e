package org.concord.stats.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.study.FieldworkSession;
import org.concord.study.LocalAuthority;
import org.concord.study.Participant;
import org.concord.study.Study;
import org.concord.study.StudyBatch;

/**
 * Writes a synthetic study into a new study file through the study's API, as fieldwork would: one session per LA
 * (researcher initials {@code SIM}), each participant created, answered in form order and submitted. Each LA is one
 * transaction ({@link StudyBatch}), so a national-scale study takes seconds rather than one disk sync per answer.
 */
public final class SimulatedStudyWriter {
    /** The researcher initials of the synthetic sessions. */
    public static final String INITIALS = "SIM";

    private SimulatedStudyWriter() {
    }

    /**
     * Creates {@code file} (which must not exist) with the study's form, LAs and participants. When writing fails the
     * half-written file this call created is deleted, so a failed run leaves nothing behind.
     */
    public static void write(SyntheticStudy synthetic, Path file, char[] adminPin) {
        List<LocalAuthority> las = synthetic.las().stream().map(la -> new LocalAuthority(la.code(), la.name()))
                .toList();
        Map<String, List<SimulatedParticipant>> byLa = new LinkedHashMap<>();
        for (SimulatedParticipant p : synthetic.participants()) {
            byLa.computeIfAbsent(p.laCode(), k -> new ArrayList<>()).add(p);
        }
        boolean done = false;
        try (Study study = Study.create(file, synthetic.form(), las, adminPin)) {
            try {
                byLa.forEach((laCode, participants) -> StudyBatch.inTransaction(study, () -> {
                    FieldworkSession session = study.startSession(laCode, INITIALS);
                    for (SimulatedParticipant p : participants) {
                        Participant participant = study.createParticipant(session.id(), p.language());
                        p.answers().forEach((item, value) -> study.saveAnswer(participant.id(), item, value,
                                p.language()));
                        study.markComplete(participant.id());
                    }
                    study.endSession(session.id());
                    return null;
                }));
                done = true;
            } finally {
                if (!done) {
                    study.close();
                    deleteQuietly(file);
                }
            }
        }
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // the error that made us clean up is the one to report
            }
        }
    }
}
