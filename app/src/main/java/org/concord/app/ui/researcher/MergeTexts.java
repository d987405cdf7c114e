package org.concord.app.ui.researcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.concord.app.base.Texts;
import org.concord.study.LocalAuthority;
import org.concord.study.MergeDifference;
import org.concord.study.MergeReport;

/** The sentences of a merge: what differs before it (asked about) and what it did, in the researcher's language. */
final class MergeTexts {
    private MergeTexts() {
    }

    /** One line for each way each chosen study differs from the open one. */
    static List<String> differences(Texts texts, List<MergeDifference> differences) {
        List<String> lines = new ArrayList<>();
        for (MergeDifference d : differences) {
            String name = String.valueOf(d.file().getFileName());
            if (!d.onlyThere().isEmpty()) {
                lines.add(texts.get("mergeCheck.onlyThere", name, las(d.onlyThere())));
            }
            if (!d.onlyHere().isEmpty()) {
                lines.add(texts.get("mergeCheck.onlyHere", name, las(d.onlyHere())));
            }
            for (MergeDifference.Renamed renamed : d.renamed()) {
                lines.add(texts.get("mergeCheck.renamed", name, renamed.code(), renamed.nameThere(),
                        renamed.nameHere()));
            }
            if (d.otherPin()) {
                lines.add(texts.get("mergeCheck.pin", name));
            }
        }
        return lines;
    }

    private static String las(List<LocalAuthority> las) {
        return las.stream().map(la -> la.name() + " (" + la.code() + ")").collect(Collectors.joining(", "));
    }

    /** What the merge did, in plain words: where the study is, how many participants, and whether any answer differed. */
    static String result(Texts texts, MergeReport merged, Path studyFile) {
        String saved = texts.get("mergeResult.saved", String.valueOf(merged.out()), merged.participants(),
                merged.added());
        int conflicts = merged.conflicts().size();
        return saved + " " + (conflicts == 0 ? texts.get("mergeResult.noConflicts")
                : texts.get("mergeResult.conflicts", conflicts, String.valueOf(studyFile.getFileName())));
    }

    /** The differing answers, one a line, then the merge's notes. */
    static List<String> details(MergeReport merged) {
        List<String> lines = new ArrayList<>();
        merged.conflicts().forEach(conflict -> lines.add(conflict.toString()));
        lines.addAll(merged.notes());
        return lines;
    }
}
