package org.concord.study;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * What a merge did.
 *
 * @param out                 the merged study
 * @param participants        participants in the merged study
 * @param added               participants copied from exactly one input
 * @param identicalDuplicates participants found in several inputs with the same data, kept once
 * @param extendedDuplicates  participants found in several inputs where one copy had more answers (a study copied
 *                            and then continued); the histories were joined, nothing differed
 * @param conflicts           differences between copies of the same participant: the first input's value was kept
 *                            and both are listed here and in the merged file's {@code merge_conflict} table
 * @param notes               other things the analyst should know (LA names that differ, form versions, PIN)
 */
public record MergeReport(Path out, int participants, int added, int identicalDuplicates, int extendedDuplicates,
                          List<Conflict> conflicts, List<String> notes) {
    public MergeReport {
        conflicts = List.copyOf(conflicts);
        notes = List.copyOf(notes);
    }

    /**
     * Two copies of one participant that differ.
     *
     * @param participant the participant's UUID
     * @param code        the participant's short code
     * @param what        the item name, or the participant field (e.g. {@code completed_at})
     * @param revision    the revision of the item that differs, or 0 for a participant field
     * @param kept        the value kept in the merged study (from {@code keptFile}); null = cleared or absent
     * @param other       the other value (from {@code otherFile}), not in the merged answers
     * @param keptFile    the input the kept value came from
     * @param otherFile   the input the other value came from
     */
    public record Conflict(UUID participant, String code, String what, int revision, String kept, String other,
                           String keptFile, String otherFile) {
        /** One line for a person, e.g. {@code participant KX7-4P2 (uuid) item v1 revision 2: kept "4" ...}. */
        @Override
        public String toString() {
            return "participant " + code + " (" + participant + ") " + (revision > 0 ? "item " + what
                    + " revision " + revision : what) + ": kept " + quote(kept) + " from " + keptFile
                    + ", other " + quote(other) + " from " + otherFile;
        }

        private static String quote(String value) {
            return value == null ? "(none)" : "\"" + value + "\"";
        }
    }
}
