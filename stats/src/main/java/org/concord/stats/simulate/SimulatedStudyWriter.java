package org.concord.stats.simulate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.common.InputException;
import org.concord.common.OutputFile;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;
import org.concord.study.StudyBatch;

/**
 * Writes a synthetic study into a new study file: one session per LA (researcher {@code SIM}, device
 * {@code simulation}), each participant submitted with the answers, UUID and times of the long CSV
 * ({@link SimulationFiles}), so that the study file and the CSV hold the same data. Each LA is one transaction
 * ({@link StudyBatch}), so that a national-scale study takes seconds rather than one disk sync per answer.
 */
public final class SimulatedStudyWriter {
    /** The researcher initials of the synthetic sessions. */
    public static final String INITIALS = "SIM";
    /** The device name of the synthetic sessions. */
    public static final String DEVICE = "simulation";

    private SimulatedStudyWriter() {
    }

    /**
     * Creates {@code file} (which must not exist) with the study's form, LAs and participants. The study is built under
     * a temporary name and renamed into place when complete; when writing fails (or the process is killed) no file
     * appears under {@code file}, and a failed run deletes what it wrote.
     */
    public static void write(SyntheticStudy synthetic, Path file, char[] adminPin) {
        write(synthetic, file, adminPin, null);
    }

    /** As {@link #write(SyntheticStudy, Path, char[])}, telling {@code progress} (may be null) after each LA. */
    public static void write(SyntheticStudy synthetic, Path file, char[] adminPin, Progress progress) {
        if (Files.exists(file)) {
            throw InputException.ofFile(file.toString(), "already exists; choose another name for a new study");
        }
        try {
            OutputFile.replace(file, temp -> {
                writeStudy(synthetic, temp, adminPin, progress);
                return null;
            });
        } catch (IOException e) {
            throw OutputFile.failure(file, e);
        }
    }

    private static void writeStudy(SyntheticStudy synthetic, Path file, char[] adminPin, Progress progress) {
        List<LocalAuthority> las = synthetic.las().stream().map(la -> new LocalAuthority(la.code(), la.name()))
                .toList();
        Map<String, List<SimulatedParticipant>> byLa = new LinkedHashMap<>();
        synthetic.las().forEach(la -> byLa.put(la.code(), new ArrayList<>()));
        for (SimulatedParticipant p : synthetic.participants()) {
            byLa.get(p.laCode()).add(p);
        }
        boolean done = false;
        try (Study study = Study.create(file, synthetic.form(), las, adminPin)) {
            try {
                int laIndex = 0;
                for (Map.Entry<String, List<SimulatedParticipant>> la : byLa.entrySet()) {
                    List<StudyBatch.BulkParticipant> session = new ArrayList<>();
                    int k = 0;
                    for (SimulatedParticipant p : la.getValue()) {
                        session.add(bulk(p, SimulationFiles.startOf(laIndex, k++)));
                    }
                    if (!session.isEmpty()) {
                        StudyBatch.importSession(study, la.getKey(), INITIALS, DEVICE, session);
                    }
                    laIndex++;
                    if (progress != null) {
                        progress.update(laIndex, byLa.size());
                    }
                }
                done = true;
            } finally {
                if (!done) {
                    study.close();
                    deleteQuietly(file);
                }
            }
        }
    }

    /** A participant as the store imports it: answers 20 seconds apart from the start, submitted after the last. */
    private static StudyBatch.BulkParticipant bulk(SimulatedParticipant p, Instant start) {
        List<StudyBatch.BulkAnswer> answers = new ArrayList<>();
        int a = 0;
        for (Map.Entry<String, String> answer : p.answers().entrySet()) {
            answers.add(new StudyBatch.BulkAnswer(answer.getKey(), answer.getValue(), start.plusSeconds(20L * a++)));
        }
        return new StudyBatch.BulkParticipant(p.id(), p.language(), p.id().getMostSignificantBits(), start,
                start.plusSeconds(20L * a), answers);
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // the error that made us clean up is the one to report
            }
        }
    }
}
