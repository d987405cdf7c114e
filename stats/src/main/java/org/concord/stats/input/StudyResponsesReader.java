package org.concord.stats.input;

import java.nio.file.Path;
import org.concord.forms.Form;
import org.concord.study.ResponseRow;
import org.concord.study.Study;

/**
 * Reads the answers of a study file into a {@link ResponseAccumulator}. Only submitted (completed) participants are
 * analysed: a participant who left before the end has not given a questionnaire, and may not have answered the role
 * question. The file is opened read-only and never modified.
 */
public final class StudyResponsesReader {
    private StudyResponsesReader() {
    }

    /** The form stored in a study file. */
    public static Form storedForm(Path path) {
        try (Study study = Study.openReadOnly(path)) {
            return study.form();
        }
    }

    /** Adds every completed participant's answers. */
    public static void read(Path path, String name, ResponseAccumulator into) {
        try (Study study = Study.openReadOnly(path)) {
            read(study, name, into);
        }
    }

    /** Adds every completed participant's answers from an open study (read-only or not; nothing is written). */
    public static void read(Study study, String name, ResponseAccumulator into) {
        int[] submitted = {0};
        study.forEachParticipant(true, p -> {
            submitted[0]++;
            String pid = p.participant().id().toString();
            for (ResponseRow row : p.answers()) {
                into.add(name, 0, pid, row.laCode(), row.laName(), row.item(), row.value());
            }
        });
        if (submitted[0] == 0) {
            into.problem(name, 0, null, "holds no submitted participants (" + study.participantCounts()[0]
                    + " started); only participants who submitted are analysed; leave this file out");
        }
    }
}
